package se.kasus.web.ui;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

import se.kasus.access.AccessDeniedException;
import se.kasus.access.AuditQueryException;
import se.kasus.casework.NotFoundException;
import se.kasus.casework.CaseRuleException;
import se.kasus.casework.FormRejectedException;
import se.kasus.engine.TaskConflictException;
import se.kasus.engine.TaskNotActiveException;
import se.kasus.registry.DuplicatePersonException;
import se.kasus.registry.PersonNotFoundException;

/**
 * Failures of the caseworker's screens (this package only; the JSON API has its own handler) as a Swedish page with
 * the right status. The services' messages are written for the user; anything unexpected gets a generic message and
 * goes to the log, never to the page.
 */
@ControllerAdvice(basePackageClasses = UiExceptionHandler.class)
class UiExceptionHandler {

    static final String FORBIDDEN = "Du har inte behörighet till detta.";
    private static final Logger log = LoggerFactory.getLogger(UiExceptionHandler.class);

    @ExceptionHandler(AccessDeniedException.class)
    ModelAndView denied(AccessDeniedException e) {
        String detail = FORBIDDEN.equals(e.getMessage()) ? null : e.getMessage();
        return page(HttpStatus.FORBIDDEN, FORBIDDEN, detail);
    }

    @ExceptionHandler({ NotFoundException.class, PersonNotFoundException.class, TaskNotActiveException.class })
    ModelAndView notFound(RuntimeException e) {
        return page(HttpStatus.NOT_FOUND, "Det du söker finns inte.", e.getMessage());
    }

    @ExceptionHandler({ TaskConflictException.class, CaseRuleException.class, DuplicatePersonException.class })
    ModelAndView conflict(RuntimeException e) {
        return page(HttpStatus.CONFLICT, "Det gick inte att genomföra.", e.getMessage());
    }

    @ExceptionHandler({ ConcurrencyFailureException.class, DataIntegrityViolationException.class })
    ModelAndView concurrent(RuntimeException e) {
        return page(HttpStatus.CONFLICT, "Det gick inte att genomföra.",
                "Någon annan ändrade samma uppgifter samtidigt. Ladda om sidan och försök igen.");
    }

    /** A rejected form that a controller did not show next to its fields itself. */
    @ExceptionHandler(FormRejectedException.class)
    ModelAndView rejected(FormRejectedException e) {
        String messages = String.join(" ", e.errors().stream().map(f -> f.message()).toList());
        return page(HttpStatus.BAD_REQUEST, "Uppgifterna innehåller fel.", messages);
    }

    /** Bad input to the fee pages that a controller did not show next to its fields itself. */
    @ExceptionHandler(se.kasus.fees.FeeRejectedException.class)
    ModelAndView feeRejected(se.kasus.fees.FeeRejectedException e) {
        return page(HttpStatus.BAD_REQUEST, "Uppgifterna innehåller fel.", e.getMessage());
    }

    @ExceptionHandler(AuditQueryException.class)
    ModelAndView auditQuery(AuditQueryException e) {
        return page(HttpStatus.BAD_REQUEST, "Urvalet kan inte visas.", e.getMessage());
    }

    @ExceptionHandler({ MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class })
    ModelAndView badRequest(Exception e) {
        return page(HttpStatus.BAD_REQUEST, "Adressen eller uppgifterna är felaktiga.",
                "Kontrollera länken eller formuläret och försök igen.");
    }

    @ExceptionHandler(se.kasus.frister.UnknownFristKindException.class)
    ModelAndView unknownFristKind(RuntimeException e) {
        return page(HttpStatus.BAD_REQUEST, "Urvalet kan inte visas.", e.getMessage());
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception e) throws Exception {
        if (e instanceof org.springframework.web.ErrorResponse) {
            throw e; // Spring MVC's own 4xx (method not allowed, not found ...): error.html shows them
        }
        log.error("Oväntat fel på en sida", e);
        return page(HttpStatus.INTERNAL_SERVER_ERROR, "Något gick fel.",
                "Ett oväntat fel inträffade. Inget har sparats. Försök igen om en stund eller kontakta systemförvaltningen.");
    }

    static ModelAndView page(HttpStatus status, String title, String message) {
        ModelAndView page = new ModelAndView("error", status);
        page.addObject("status", status.value());
        page.addObject("heading", title);
        page.addObject("detail", message);
        return page;
    }
}
