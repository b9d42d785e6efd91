package se.kasus.web.api;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import se.kasus.access.AccessDeniedException;
import se.kasus.access.AuditQueryException;
import se.kasus.casework.NotFoundException;
import se.kasus.casework.CaseRuleException;
import se.kasus.casework.FormRejectedException;
import se.kasus.engine.TaskConflictException;
import se.kasus.engine.TaskNotActiveException;
import se.kasus.fees.FeeRejectedException;
import se.kasus.registry.DuplicatePersonException;
import se.kasus.registry.InvalidPersonException;
import se.kasus.registry.InvalidPersonnummerException;
import se.kasus.registry.PersonNotFoundException;

/** Maps every failure of the JSON API to a 4xx with a Swedish message; an unexpected one to a 500 without details. */
@RestControllerAdvice(basePackageClasses = ApiExceptionHandler.class)
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(FormRejectedException.class)
    ResponseEntity<ApiError> rejected(FormRejectedException e) {
        List<ApiError.FieldMessage> errors = e.errors().stream()
                .map(f -> new ApiError.FieldMessage(f.key(), f.label(), f.message())).toList();
        return ResponseEntity.badRequest().body(new ApiError(400, "Formuläret innehåller fel.", errors));
    }

    @ExceptionHandler(InvalidPersonnummerException.class)
    ResponseEntity<ApiError> personnummer(InvalidPersonnummerException e) {
        return ResponseEntity.badRequest().body(new ApiError(400, "Ogiltigt personnummer.",
                List.of(new ApiError.FieldMessage("personnummer", "Personnummer", e.getMessage()))));
    }

    @ExceptionHandler(InvalidPersonException.class)
    ResponseEntity<ApiError> person(InvalidPersonException e) {
        return status(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(AuditQueryException.class)
    ResponseEntity<ApiError> auditQuery(AuditQueryException e) {
        return status(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ApiError> denied(AccessDeniedException e) {
        return status(HttpStatus.FORBIDDEN, e.getMessage());
    }

    @ExceptionHandler({ NotFoundException.class, PersonNotFoundException.class })
    ResponseEntity<ApiError> notFound(RuntimeException e) {
        return status(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler({ TaskConflictException.class, TaskNotActiveException.class, CaseRuleException.class,
            DuplicatePersonException.class })
    ResponseEntity<ApiError> conflict(RuntimeException e) {
        return status(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler({ ConcurrencyFailureException.class, DataIntegrityViolationException.class })
    ResponseEntity<ApiError> concurrent(RuntimeException e) {
        return status(HttpStatus.CONFLICT, "Någon annan ändrade samma uppgifter samtidigt. Ladda om och försök igen.");
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ApiError> invalid(MethodArgumentNotValidException e) {
        List<ApiError.FieldMessage> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new ApiError.FieldMessage(f.getField(), f.getField(), f.getDefaultMessage())).toList();
        return ResponseEntity.badRequest().body(new ApiError(400, "Uppgifterna innehåller fel.", errors));
    }

    @ExceptionHandler({ HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class,
            MissingServletRequestParameterException.class })
    ResponseEntity<ApiError> unreadable(Exception e) {
        return status(HttpStatus.BAD_REQUEST, "Begäran kunde inte läsas. Kontrollera uppgifterna och försök igen.");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ApiError> method(HttpRequestMethodNotSupportedException e) {
        return status(HttpStatus.METHOD_NOT_ALLOWED, "Metoden stöds inte här.");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ApiError> mediaType(HttpMediaTypeNotSupportedException e) {
        return status(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Skicka uppgifterna som JSON.");
    }

    @ExceptionHandler(se.kasus.frister.UnknownFristKindException.class)
    ResponseEntity<ApiError> unknownFristKind(RuntimeException e) {
        return status(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(FeeRejectedException.class)
    ResponseEntity<ApiError> feeRejected(FeeRejectedException e) {
        List<ApiError.FieldMessage> errors = e.problems().stream()
                .map(f -> new ApiError.FieldMessage(f.key(), f.label(), f.message())).toList();
        return ResponseEntity.badRequest().body(new ApiError(400, e.getMessage(), errors));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> unexpected(Exception e) {
        log.error("Oväntat fel i API:t", e);
        return status(HttpStatus.INTERNAL_SERVER_ERROR, "Ett oväntat fel inträffade. Inget sparades.");
    }

    private static ResponseEntity<ApiError> status(HttpStatus status, String title) {
        return ResponseEntity.status(status).body(ApiError.of(status.value(), title));
    }
}
