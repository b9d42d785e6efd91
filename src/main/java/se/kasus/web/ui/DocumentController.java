package se.kasus.web.ui;


import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import se.kasus.casework.CaseRecordsService;
import se.kasus.web.PdfResponse;

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
        return PdfResponse.inline(document.title(), document.content());
    }
}
