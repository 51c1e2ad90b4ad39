package id.serambi.instagram.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Instagram's own limits on a post (docs/CONTENT.md says where each comes from). A post over one
 * is refused when saved, with the count, since Instagram would not take it either.
 */
public final class Limits {
    public static final int CAPTION_CHARACTERS = 2200;
    public static final int HASHTAGS = 30;
    public static final int MENTIONS = 20;

    private Limits() {
    }

    /** Characters as a person counts them: an emoji is one, not two UTF-16 units. */
    public static int characters(String text) {
        return text.codePointCount(0, text.length());
    }

    public static int hashtags(Post p) {
        return Handles.hashtags(p.publishedCaption()).size();
    }

    /** Accounts tagged on the post and those mentioned in its caption, each once. */
    public static int mentions(Post p) {
        Set<String> all = new LinkedHashSet<>(Handles.mentions(p.publishedCaption()));
        p.mentions().forEach(m -> all.add(m.toLowerCase(Locale.ROOT)));
        return all.size();
    }

    public static List<Finding> check(Post p) {
        List<Finding> out = new ArrayList<>();
        Finding.PostName name = new Finding.PostName(p.id());
        int chars = characters(p.publishedCaption());
        if (chars > CAPTION_CHARACTERS) {
            out.add(Finding.of(Rule.LIMITS, p.id(), "ig.check.limit.caption", name, chars, CAPTION_CHARACTERS));
        }
        int tags = hashtags(p);
        if (tags > HASHTAGS) {
            out.add(Finding.of(Rule.LIMITS, p.id(), "ig.check.limit.hashtags", name, tags, HASHTAGS));
        }
        int mentions = mentions(p);
        if (mentions > MENTIONS) {
            out.add(Finding.of(Rule.LIMITS, p.id(), "ig.check.limit.mentions", name, mentions, MENTIONS));
        }
        return out;
    }
}
