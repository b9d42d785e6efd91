package se.kasus.web.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import se.kasus.TestOrganisation;
import se.kasus.casework.CaseIntake;
import se.kasus.casework.CaseWork;
import se.kasus.casework.InboxItem;
import se.kasus.casework.NewApplication;
import se.kasus.casework.ServiceType;
import se.kasus.engine.Workflow;
import se.kasus.registry.PersonView;

/**
 * The task screen in a real browser (Debian's headless Chromium): log in through the login page, open the Utreda task
 * from the inbox, fill the form-js form, see the draft saved on the server, complete the task and land on the client
 * file where the case has moved on. Also: a required field left empty is refused in Swedish and the case stays.
 *
 * <p>Without Chromium the test is skipped with a message, except in CI ({@code CI=true}), where it fails.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TaskFormBrowserIT {

    private static final String CASEWORKER = "handlaggare.norr";
    private static final Duration WAIT = Duration.ofSeconds(15);

    private static HeadlessChromium chromium;
    private static WebDriver browser;

    @LocalServerPort int port;
    @Autowired TestOrganisation org;
    @Autowired CaseIntake intake;
    @Autowired CaseWork work;
    @Autowired Workflow workflow;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    @BeforeAll
    static void startBrowser() throws IOException {
        chromium = HeadlessChromium.start();
        browser = chromium.driver;
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
    }

    @BeforeEach
    void organisation() {
        org.ensure();
        browser.manage().deleteAllCookies();
    }

    @Test
    void caseworkerFillsTheInvestigation_seesTheDraftSaved_completesIt_andTheCaseMovesOn() {
        PersonView client = org.newPerson();
        long caseId = newCase(client);
        String taskId = utredaTaskOf(caseId);

        logInAndOpenFromTheInbox(taskId);
        chooseOption("Ansökan gäller", "Hemtjänst");
        field("Den enskildes egen uppfattning").sendKeys("Vill bo kvar hemma med stöd.");
        field("Sammanfattande bedömning").sendKeys("Behovet kan inte tillgodoses på annat sätt.");

        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("draft-status"), "Utkast sparat"),
                "the autosave message");
        String draft = jdbc.queryForObject("select data from form_draft where task_id = ? and username = ?",
                String.class, taskId, CASEWORKER);
        assertThat(draft).as("the draft on the server").contains("Vill bo kvar hemma med stöd.", "HEMTJANST");

        browser.findElement(By.id("complete-button")).click();

        waitFor(ExpectedConditions.urlContains("/personer/" + client.id()), "the client file after Slutför");
        By step = By.cssSelector("#arende-" + caseId + " .case__step");
        waitFor(ExpectedConditions.textToBePresentInElementLocated(step, "Lämna förslag till beslut"),
                "the case standing at the next step");
        assertThat(browser.findElement(By.id("file-message")).getText()).isEqualTo("Uppgiften är slutförd.");
        assertThat(workflow.activeSteps(caseId)).containsExactly("Lämna förslag till beslut");
        assertThat(jdbc.queryForObject("select count(*) from form_draft where task_id = ?", Integer.class, taskId))
                .as("the draft is gone once the task is done").isZero();
    }

    @Test
    void aRequiredFieldLeftEmpty_isRefusedInSwedish_andTheCaseStays() {
        long caseId = newCase(org.newPerson());
        String taskId = utredaTaskOf(caseId);

        logInAndOpenFromTheInbox(taskId);
        chooseOption("Ansökan gäller", "Hemtjänst");
        field("Den enskildes egen uppfattning").sendKeys("Vill bo kvar hemma.");
        browser.findElement(By.id("complete-button")).click();

        WebElement errors = waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("form-errors")),
                "the error summary");
        assertThat(errors.getText()).contains("Sammanfattande bedömning", "Fältet är obligatoriskt.")
                .doesNotContain("Den enskildes egen uppfattning", "Field is required");
        assertThat(browser.switchTo().activeElement().getAttribute("id")).as("focus moves to the errors")
                .isEqualTo("form-errors");
        assertThat(browser.getCurrentUrl()).contains("/uppgifter/" + taskId);
        assertThat(workflow.activeSteps(caseId)).containsExactly("Utreda behov");
        assertThat(workflow.task(taskId)).as("the task is still open").isPresent();
    }

    @Test
    void whatOnlyTheServerRefuses_isShownWithTheFieldsLabel_andTheCaseStays() {
        long caseId = newCase(org.newPerson());
        String taskId = utredaTaskOf(caseId);

        logInAndOpenFromTheInbox(taskId);
        chooseOption("Ansökan gäller", "Hemtjänst");
        field("Den enskildes egen uppfattning").sendKeys("Vill bo kvar hemma.");
        field("Sammanfattande bedömning").sendKeys("   "); // form-js accepts blanks, the server does not
        browser.findElement(By.id("complete-button")).click();

        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("form-errors"),
                "Sammanfattande bedömning: Fältet är obligatoriskt."), "the server's error in the summary");
        assertThat(browser.findElement(By.id("form-errors")).getText()).contains("Uppgiften kunde inte slutföras");
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("form-errors");
        WebElement beside = field("Sammanfattande bedömning")
                .findElement(By.xpath("ancestor::div[contains(@class,'fjs-form-field')][1]"));
        waitFor(ExpectedConditions.textToBePresentInElement(beside, "Fältet är obligatoriskt."),
                "the message beside the field");
        assertThat(workflow.activeSteps(caseId)).containsExactly("Utreda behov");
    }

    // ---- Helpers ----------------------------------------------------------------------------------------------

    private long newCase(PersonView person) {
        return org.as(CASEWORKER, () -> intake.registerApplication(new NewApplication(person.id(),
                LocalDate.now(clock), ServiceType.HEMTJANST, "Behöver hjälp i hemmet."))).id();
    }

    private String utredaTaskOf(long caseId) {
        return org.as(CASEWORKER, () -> work.inbox()).stream()
                .filter(t -> t.caseId() == caseId && t.taskKey().equals("Task_Utreda")).map(InboxItem::taskId)
                .findFirst().orElseThrow();
    }

    /** Through the real login page to the inbox, then the task's link there, then wait until form-js has drawn. */
    private void logInAndOpenFromTheInbox(String taskId) {
        browser.get(url("/inkorg"));
        waitFor(ExpectedConditions.urlContains("/login"), "the login page");
        browser.findElement(By.name("username")).sendKeys(CASEWORKER);
        browser.findElement(By.name("password")).sendKeys(TestOrganisation.PASSWORD);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        waitFor(ExpectedConditions.urlContains("/inkorg"), "the inbox after login");

        browser.findElement(By.cssSelector("a[href='/uppgifter/" + taskId + "']")).click();
        waitFor(ExpectedConditions.urlContains("/uppgifter/" + taskId), "the task page");
        waitFor(ExpectedConditions.elementToBeClickable(By.id("complete-button")), "the rendered form");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Utreda behov");
    }

    /** The form-js input labelled {@code label}, found as a person finds it: by its label. */
    private WebElement field(String label) {
        WebElement labelElement = waitFor(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//div[@id='task-form']//label[starts-with(normalize-space(.), '" + label + "')]")), "field " + label);
        return browser.findElement(By.id(labelElement.getAttribute("for")));
    }

    /** form-js draws its select as a list that opens on a click, not as a native select. */
    private void chooseOption(String label, String option) {
        WebElement input = field(label);
        input.findElement(By.xpath("ancestor::div[contains(@class,'fjs-input-group')][1]")).click();
        waitFor(ExpectedConditions.elementToBeClickable(By.xpath(
                "//div[contains(@class,'fjs-dropdownlist-item') and normalize-space(.)='" + option + "']")),
                "option " + option).click();
        waitFor(ExpectedConditions.textToBePresentInElementValue(input, option), "the chosen option");
    }

    private <T> T waitFor(ExpectedCondition<T> condition, String what) {
        try {
            return new WebDriverWait(browser, WAIT).until(condition);
        } catch (TimeoutException e) {
            String page = (String) ((JavascriptExecutor) browser).executeScript("return document.body.innerText;");
            throw new AssertionError("Väntade förgäves på " + what + " på " + browser.getCurrentUrl()
                    + ". Sidan visar:\n" + page, e);
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
