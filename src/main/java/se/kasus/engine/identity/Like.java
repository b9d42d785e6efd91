package se.kasus.engine.identity;

import java.util.regex.Pattern;

/**
 * SQL {@code LIKE} as the engine's database queries understand it ({@code %} any run, {@code _} one character),
 * applied in memory. Matching ignores case, so "%ander%" finds "Andersson".
 */
final class Like {

    private Like() {
    }

    static boolean matches(String pattern, String value) {
        if (pattern == null) {
            return true;
        }
        if (value == null) {
            return false;
        }
        return toRegex(pattern).matcher(value).matches();
    }

    static Pattern toRegex(String likePattern) {
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (char c : likePattern.toCharArray()) {
            if (c == '%' || c == '_') {
                if (!literal.isEmpty()) {
                    regex.append(Pattern.quote(literal.toString()));
                    literal.setLength(0);
                }
                regex.append(c == '%' ? ".*" : ".");
            } else {
                literal.append(c);
            }
        }
        if (!literal.isEmpty()) {
            regex.append(Pattern.quote(literal.toString()));
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
    }
}
