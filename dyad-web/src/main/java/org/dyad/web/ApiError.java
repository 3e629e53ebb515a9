package org.dyad.web;

/**
 * A request the API refuses, with the HTTP status and a message that says what was wrong.
 * The server writes it as a JSON error ({@link ErrorBody}).
 */
final class ApiError extends RuntimeException {

    final int status;

    ApiError(int status, String message) {
        super(message);
        this.status = status;
    }

    static ApiError badRequest(String message) {
        return new ApiError(400, message);
    }

    static ApiError notFound(String message) {
        return new ApiError(404, message);
    }
}
