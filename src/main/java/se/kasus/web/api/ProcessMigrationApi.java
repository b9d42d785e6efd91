package se.kasus.web.api;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import se.kasus.engine.migration.ActivityMapping;
import se.kasus.engine.migration.MigrationRejectedException;
import se.kasus.engine.migration.MigrationReport;
import se.kasus.engine.migration.MigrationRequest;
import se.kasus.engine.migration.ProcessMigrations;
import se.kasus.engine.migration.ProcessVersionNotFoundException;

/**
 * The process owner's migration of running cases between versions of a process. Its own failures are answered here;
 * everything else (403, unreadable JSON) by {@link ApiExceptionHandler}.
 */
@RestController
@Tag(name = "Processmigrering", description = "Flytta pågående ärenden från en version av en process till en "
        + "annan. Bara processägaren (systemförvaltare, behörigheten PROCESS_ADMIN). Varje provkörning och migrering "
        + "loggas, och varje migrerat ärende för sig.")
class ProcessMigrationApi {

    private final ProcessMigrations migrations;

    ProcessMigrationApi(ProcessMigrations migrations) {
        this.migrations = migrations;
    }

    @Schema(description = "Vilka versioner, och mappningar för steg som bytt id")
    record MigrationBody(
            @Schema(description = "Versionen som ärendena står i nu", example = "1", requiredMode = Schema.RequiredMode.REQUIRED) Integer sourceVersion,
            @Schema(description = "Versionen de ska flyttas till", example = "2", requiredMode = Schema.RequiredMode.REQUIRED) Integer targetVersion,
            @Schema(description = "Extra mappningar för steg som bytt id eller flyttats; steg med samma id mappas "
                    + "automatiskt") List<ActivityMapping> extraMappings) {

        MigrationRequest toRequest(String key) {
            return new MigrationRequest(key, sourceVersion, targetVersion, extraMappings);
        }
    }

    @PostMapping("/api/processes/{key}/migrations/dry-run")
    @Operation(summary = "Provkör en migrering: visar för varje pågående ärende om det kan flyttas och varför inte; "
            + "inget ändras",
            description = "Motorn provar migreringen av varje ärende i en egen transaktion som alltid rullas tillbaka, "
                    + "så svaret är exakt vad en migrering skulle göra just nu.")
    @ApiResponse(responseCode = "200", description = "Rapporten")
    @ApiResponse(responseCode = "400", description = "Saknade eller lika versioner, felaktiga mappningar, en plan som "
            + "motorn inte godtar eller en målversion som driftsattes utan sina delprocesser och formulär",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "403", description = "Inte processägare",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "404", description = "Processen eller versionen finns inte",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    MigrationReport dryRun(@Parameter(description = "Processens nyckel", example = "aldreomsorg-bistand")
            @PathVariable String key, @RequestBody MigrationBody body) {
        return migrations.dryRun(body.toRequest(key));
    }

    @PostMapping("/api/processes/{key}/migrations")
    @Operation(summary = "Migrera pågående ärenden till målversionen",
            description = "Varje ärende flyttas i en egen transaktion, helt eller inte alls. Ärenden som motorn "
                    + "inte kan flytta står kvar orörda i källversionen och redovisas med skäl. Delprocesser som ett "
                    + "ärende väntar på (t.ex. beslut och delgivning) flyttas inte; de avslutas i sin version.")
    @ApiResponse(responseCode = "200", description = "Rapporten: vilka ärenden som flyttades")
    @ApiResponse(responseCode = "400", description = "Som för provkörningen; inget flyttades",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "403", description = "Inte processägare",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "404", description = "Processen eller versionen finns inte",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    MigrationReport migrate(@Parameter(description = "Processens nyckel", example = "aldreomsorg-bistand")
            @PathVariable String key, @RequestBody MigrationBody body) {
        return migrations.migrate(body.toRequest(key));
    }

    @ExceptionHandler(MigrationRejectedException.class)
    ResponseEntity<ApiError> rejected(MigrationRejectedException e) {
        List<ApiError.FieldMessage> problems = e.problems().stream()
                .map(p -> new ApiError.FieldMessage("plan", "Migreringsplan", p)).toList();
        return ResponseEntity.badRequest().body(new ApiError(400, e.getMessage(), problems));
    }

    @ExceptionHandler(ProcessVersionNotFoundException.class)
    ResponseEntity<ApiError> notFound(ProcessVersionNotFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ApiError.of(404, e.getMessage()));
    }
}
