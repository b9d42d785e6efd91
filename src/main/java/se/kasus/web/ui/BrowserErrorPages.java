package se.kasus.web.ui;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Requests that reach no controller (an unknown address, a wrong method), asked for by a browser, get a Swedish page.
 * Other clients still get Spring Boot's problem-details JSON, because these handlers only produce HTML.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class BrowserErrorPages {

    @ExceptionHandler(value = NoResourceFoundException.class, produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView notFound(NoResourceFoundException e) {
        return UiExceptionHandler.page(HttpStatus.NOT_FOUND, "Sidan finns inte.",
                "Kontrollera adressen, eller gå tillbaka till inkorgen.");
    }

    @ExceptionHandler(value = HttpRequestMethodNotSupportedException.class, produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView wrongMethod(HttpRequestMethodNotSupportedException e) {
        return UiExceptionHandler.page(HttpStatus.METHOD_NOT_ALLOWED, "Sidan kan inte användas så här.",
                "Gå tillbaka och använd knapparna på sidan i stället för att skriva adressen.");
    }
}
