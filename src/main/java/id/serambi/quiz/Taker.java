package id.serambi.quiz;

import io.javalin.http.Context;

/** Decides under whom the visitor of a request takes a quiz; see {@link Taking}. */
public interface Taker {
    Taking of(Context ctx, Quiz quiz);
}
