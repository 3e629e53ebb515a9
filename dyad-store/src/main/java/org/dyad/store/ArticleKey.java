package org.dyad.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.dyad.article.Article;

/**
 * An article's identity in the store: the SHA-256 of its id and its text. Reading the same
 * input again gives the same key, so it is stored once; an edited text is a new article, and
 * the same wire story under another outlet's id counts as another article, as GDELT counts it.
 */
public final class ArticleKey {

    private ArticleKey() {}

    public static String of(Article article) {
        MessageDigest sha = sha256();
        sha.update(article.id().getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(article.text().getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(sha.digest());
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }
}
