package id.serambi.quiz;

import id.serambi.web.Visitor;
import io.javalin.http.Context;

/** Decides under whom the visitor of a request takes a quiz; see {@link Taking}. */
public interface Taker {
    Taking of(Context ctx, Quiz quiz);

    /** Everyone takes every quiz alone, under the learner id of their cookie. */
    static Taker alone() {
        return (ctx, quiz) -> Taking.alone(Visitor.of(ctx).learnerId());
    }
}
