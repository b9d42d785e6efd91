package se.kasus.web.api;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import se.kasus.casework.OrderMessageView;
import se.kasus.casework.ProviderWork;

/** The handläggare's side of an order: the utförare's answer and records, and messages to the utförare. */
@RestController
@RequestMapping("/api/bestallningar")
@Tag(name = "Beställningar", description = "Handläggarens vy av beställningen hos utföraren")
class OrderApi {

    private final ProviderWork providers;

    OrderApi(ProviderWork providers) {
        this.providers = providers;
    }

    @GetMapping("/{orderId}")
    @Operation(summary = "Beställningens status, utförarens svar, genomförandeplan, dokumentation och meddelanden")
    ProviderWork.ProviderClient order(@PathVariable long orderId) {
        return providers.forCaseworker(orderId);
    }

    record NewMessage(String text) {
    }

    @PostMapping("/{orderId}/meddelanden")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Skicka ett meddelande till utföraren")
    OrderMessageView message(@PathVariable long orderId, @RequestBody NewMessage message) {
        return providers.caseworkerMessage(orderId, message.text());
    }
}
