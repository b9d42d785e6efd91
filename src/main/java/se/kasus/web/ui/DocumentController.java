package se.kasus.web.ui;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import se.kasus.casework.CaseRecordsService;

/** A stored document, e.g. the decision letter as sent, shown in the browser. */
@Controller
class DocumentController {

    private final CaseRecordsService records;

    DocumentController(CaseRecordsService records) {
        this.records = records;
    }

    @GetMapping("/dokument/{documentId}")
    ResponseEntity<byte[]> document(@PathVariable long documentId) {
        CaseRecordsService.StoredDocument document = records.document(documentId);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(document.title() + ".pdf", StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(document.content());
    }
}
