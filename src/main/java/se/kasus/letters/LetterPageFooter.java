package se.kasus.letters;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

import se.kasus.letters.LetterFonts.Style;

/**
 * Footer on every page: sender and case reference, and "Sida n (N)", so that a page that comes
 * loose from the letter can still be matched to its case and the reader knows nothing is missing.
 */
final class LetterPageFooter extends PdfPageEventHelper {

    private static final float TOTAL_WIDTH = 14;
    private static final float FOOTER_BASELINE = 36;
    private static final float GAP = 18;

    private final LetterFonts fonts;
    private final String sender;
    private final String caseReference;
    private PdfTemplate totalPages;
    private int pages;

    LetterPageFooter(LetterFonts fonts, DecisionLetter letter) {
        this.fonts = fonts;
        this.sender = letter.municipalityName() + " – " + letter.unitName();
        this.caseReference = letter.caseReference();
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        // The page count is unknown until the end; a template is filled in on close.
        totalPages = writer.getDirectContent().createTemplate(TOTAL_WIDTH, 12);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        pages++;
        PdfContentByte canvas = writer.getDirectContent();
        float left = document.left();
        float right = document.right();
        drawRule(canvas, left, right);
        String pageText = "Ärende " + caseReference + "   ·   Sida " + pages + " (";
        float senderRoom = right - left - width(pageText) - TOTAL_WIDTH - GAP;
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT,
                fonts.phrase(fit(sender, senderRoom), Style.SMALL), left, FOOTER_BASELINE, 0);
        ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT,
                fonts.phrase(pageText, Style.SMALL), right - TOTAL_WIDTH, FOOTER_BASELINE, 0);
        canvas.addTemplate(totalPages, right - TOTAL_WIDTH, FOOTER_BASELINE);
    }

    /** Long municipality and unit names are shortened rather than run into the page number. */
    private String fit(String text, float room) {
        if (width(text) <= room) {
            return text;
        }
        String shortened = text;
        while (!shortened.isEmpty() && width(shortened + "…") > room) {
            shortened = shortened.substring(0, shortened.length() - 1);
        }
        return shortened.stripTrailing() + "…";
    }

    private float width(String text) {
        return fonts.regularBase().getWidthPoint(text, Style.SMALL.size);
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        totalPages.beginText();
        totalPages.setColorFill(Style.SMALL.color);
        totalPages.setFontAndSize(fonts.regularBase(), Style.SMALL.size);
        totalPages.showText(pages + ")");
        totalPages.endText();
    }

    private static void drawRule(PdfContentByte canvas, float left, float right) {
        canvas.saveState();
        canvas.setColorStroke(LetterFonts.MUTED);
        canvas.setLineWidth(0.4f);
        canvas.moveTo(left, FOOTER_BASELINE + 12);
        canvas.lineTo(right, FOOTER_BASELINE + 12);
        canvas.stroke();
        canvas.restoreState();
    }
}
