package org.dyad.web;

/**
 * What every error response holds: {@code {"status": 400, "error": "Bad Request", "message": "..."}}.
 *
 * @param error   the status's reason phrase
 * @param message what was wrong with the request, naming the parameter or field
 */
record ErrorBody(int status, String error, String message) {

    static ErrorBody of(int status, String message) {
        return new ErrorBody(status, reason(status), message);
    }

    private static String reason(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 413 -> "Content Too Large";
            case 415 -> "Unsupported Media Type";
            case 503 -> "Service Unavailable";
            default -> status >= 500 ? "Internal Server Error" : "Error";
        };
    }
}
