package se.hemvag;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium, with Debian's chromedriver named explicitly so
 * that nothing is downloaded. Screenshots go to app/target/webblasare/.
 */
public final class Webblasare implements ExtensionContext.Store.CloseableResource {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    static final Path SKARMBILDER = Path.of("target/webblasare");

    private final WebDriver driver;
    private final WebDriverWait vanta;

    public Webblasare() {
        ChromeOptions val = new ChromeOptions();
        val.setBinary(CHROMIUM);
        val.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1400,1000",
                "--lang=sv-SE");
        ChromeDriverService tjanst = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).build();
        driver = new ChromeDriver(tjanst, val);
        vanta = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    public WebDriver driver() {
        return driver;
    }

    public void oppna(String url) {
        driver.get(url);
    }

    public WebElement vantaPaSynlig(By vad) {
        return vanta.until(ExpectedConditions.visibilityOfElementLocated(vad));
    }

    public void vantaTills(java.util.function.Function<WebDriver, Boolean> villkor) {
        vanta.until(villkor::apply);
    }

    /** Scrolls the element to the middle first: Tasklist's footer covers the bottom of the form. */
    /**
     * Clicks when the element can take the click. Tasklist redraws its list and form as a task opens, so
     * for a moment another element may lie over it: the click is then tried again, not lost.
     */
    public void klicka(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        vanta.until(d -> {
            if (!element.isDisplayed() || !element.isEnabled()) {
                return false;
            }
            try {
                element.click();
                return true;
            } catch (ElementClickInterceptedException e) {
                ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
                return false;
            }
        });
    }

    public void klicka(By vad) {
        klicka(vanta.until(ExpectedConditions.presenceOfElementLocated(vad)));
    }

    // --- Camunda Tasklist ---

    public void loggaInITasklist(int port, String anvandare) {
        loggaInITasklist(port, anvandare, "Sektionens uppgifter");
    }

    /** Logs in and waits for a filter the user sees (the utredningssekreterare have no section's filter). */
    public void loggaInITasklist(int port, String anvandare, String filter) {
        oppna("http://localhost:" + port + "/camunda/app/tasklist/default/");
        vantaPaSynlig(By.cssSelector("input[ng-model=username]")).sendKeys(anvandare);
        driver.findElement(By.cssSelector("input[ng-model=password]")).sendKeys("demo");
        klicka(By.cssSelector("button[type=submit]"));
        vantaPaSynlig(By.xpath("//*[contains(text(),'" + filter + "')]"));
    }

    /** "Starta process" in Tasklist's menu, then the process by its name, to its start form. */
    public void startaProcess(String namn) {
        klicka(By.cssSelector(".start-process-action a"));
        // the process's link in the dialog, not one of the same name elsewhere on the page (a task's process);
        // the dialog may still be drawing its list when the link first appears, so a lost click is repeated
        By lank = By.xpath("//div[contains(@class,'modal-content')]//a[contains(.,'" + namn + "')]");
        By formular = By.cssSelector(".modal-content .fjs-container");
        WebDriverWait kort = new WebDriverWait(driver, Duration.ofSeconds(8));
        for (int forsok = 1; ; forsok++) {
            klicka(lank);
            try {
                kort.until(ExpectedConditions.visibilityOfElementLocated(formular));
                return;
            } catch (org.openqa.selenium.TimeoutException e) {
                if (forsok == 3 || driver.findElements(lank).isEmpty()) {
                    throw e;
                }
            }
        }
    }

    public void oppnaFilter(String namn) {
        klicka(By.xpath("//div[contains(@class,'task-filter')][contains(.,'" + namn + "')]"));
    }

    public static By uppgiftIListan(String uppgift, String arendenummer) {
        return By.xpath("//li[contains(@class,'task')][contains(.,'" + uppgift + "')][contains(.,'" + arendenummer + "')]");
    }

    /**
     * A task in the list, as a caseworker finds it: the list shows 15 tasks a page, newest first (tests
     * that move the clock leave tasks "created" later), so it turns the pages until the task is there.
     * A page is given a second to load before the next, and the whole search a minute and a half: in
     * CI, with the shared test database's many tasks and two busy cores, thirty seconds once ran out.
     */
    public WebElement hittaIListan(String uppgift, String arendenummer) {
        By vad = uppgiftIListan(uppgift, arendenummer);
        WebDriverWait bladdra = new WebDriverWait(driver, Duration.ofSeconds(90), Duration.ofSeconds(1));
        return bladdra.until(d -> {
            List<WebElement> hittade = d.findElements(vad);
            if (!hittade.isEmpty() && hittade.get(0).isDisplayed()) {
                return hittade.get(0);
            }
            // Tasklist shows 15 tasks a page: on to the next page, and round to the first again
            ((JavascriptExecutor) d).executeScript("var nasta = document.querySelector('li.pagination-next:not(.disabled) a');"
                    + " var forsta = document.querySelector('li.pagination-first:not(.disabled) a');"
                    + " if (nasta) { nasta.click(); } else if (forsta) { forsta.click(); }");
            return null;
        });
    }

    /** Opens a task from the list and claims it: the form is read-only until then. */
    public void oppnaOchHamtaUppgift(String uppgift, String arendenummer) {
        klicka(hittaIListan(uppgift, arendenummer));
        klicka(vantaPaSynlig(By.cssSelector("button.claim")));
        vantaTills(d -> d.findElements(By.cssSelector(".disabled-form")).isEmpty());
    }

    /** A form-js field by its key, e.g. "kontaktStadsdel-1" for the second option of a radio group. */
    public static By falt(String nyckel) {
        return By.cssSelector("[id$='-Field_" + nyckel + "']");
    }

    public void skriv(String nyckel, String text) {
        WebElement falt = vantaPaSynlig(falt(nyckel));
        falt.clear();
        falt.sendKeys(text);
    }

    /** Picks an option in a form-js select (a searchable dropdown, not a native select). */
    public void valj(String nyckel, String alternativ) {
        WebElement falt = driver.findElement(falt(nyckel))
                .findElement(By.xpath("./ancestor::div[contains(@class,'fjs-form-field')][1]"));
        klicka(falt.findElement(By.cssSelector(".fjs-input-group")));
        klicka(falt.findElement(By.xpath(".//*[contains(@class,'fjs-dropdownlist-item')][contains(.,'" + alternativ + "')]")));
    }

    /**
     * Completes the open task. Tasklist may still show a notice from the previous task ("The task
     * does not exist anymore", when it refreshes a task just completed) over the button: a person
     * closes it first, and so does this.
     */
    public void slutforUppgift() {
        ((JavascriptExecutor) driver).executeScript(
                "document.querySelectorAll('[notifications-panel] .close, .page-notifications .close').forEach(b => b.click());");
        klicka(By.cssSelector("button[ng-click='complete()']"));
    }

    public void skarmbild(String namn) {
        try {
            Files.createDirectories(SKARMBILDER);
            File bild = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(bild.toPath(), SKARMBILDER.resolve(namn + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public void loggaUt() {
        driver.manage().deleteAllCookies();
    }

    @Override
    public void close() {
        driver.quit();
    }

    /**
     * Gives a test method a fresh browser as a parameter and closes it afterwards. Skips browser
     * tests where Debian's Chromium is not installed, except in CI, where that is a failure.
     */
    public static class Extension implements ExecutionCondition, ParameterResolver {

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == Webblasare.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return context.getStore(ExtensionContext.Namespace.create(Webblasare.class))
                    .getOrComputeIfAbsent("webblasare", nyckel -> new Webblasare(), Webblasare.class);
        }

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute()) {
                return ConditionEvaluationResult.enabled("Chromium finns");
            }
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException("CI=true men " + CHROMIUM + " eller " + CHROMEDRIVER
                        + " saknas: apt-get install -y chromium chromium-driver");
            }
            return ConditionEvaluationResult.disabled("Chromium saknas: apt-get install -y chromium chromium-driver");
        }
    }
}
