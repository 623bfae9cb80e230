package se.hemvag;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import se.hemvag.ansokan.OgiltigAnsokanException;
import se.hemvag.delat.KonfliktException;
import se.hemvag.arende.ArendeSaknasException;
import se.hemvag.delat.OgiltigBegaranException;
import se.hemvag.klient.OgiltigIdentitetException;
import se.hemvag.delat.EjBehorigException;

/** Turns the app's refusals into RFC 9457 problem responses with a message a caseworker understands. */
@RestControllerAdvice(basePackageClasses = HemvagApplication.class)
class ApiFelhantering {

    @ExceptionHandler(OgiltigAnsokanException.class)
    ProblemDetail ogiltigAnsokan(OgiltigAnsokanException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Ansökan är inte komplett", e.getMessage());
        problem.setProperty("fel", e.fel());
        return problem;
    }

    @ExceptionHandler(OgiltigIdentitetException.class)
    ProblemDetail ogiltigIdentitet(OgiltigIdentitetException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Felaktig identitet", e.getMessage());
        problem.setProperty("fel", List.of(e.getMessage()));
        return problem;
    }

    @ExceptionHandler(OgiltigBegaranException.class)
    ProblemDetail ogiltigBegaran(OgiltigBegaranException e) {
        return problem(HttpStatus.BAD_REQUEST, "Felaktig begäran", e.getMessage());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail olasbar(HttpMessageNotReadableException e) {
        String detalj = "Begäran kunde inte läsas. Kontrollera att den är giltig JSON.";
        if (e.getCause() instanceof InvalidFormatException fel && !fel.getPath().isEmpty()) {
            String falt = fel.getPath().get(fel.getPath().size() - 1).getFieldName();
            detalj = "Värdet '" + fel.getValue() + "' i fältet '" + falt + "' är inte tillåtet.";
            if (fel.getTargetType().isEnum()) {
                detalj += " Tillåtna värden: " + Arrays.toString(fel.getTargetType().getEnumConstants()) + ".";
            } else if (fel.getTargetType().getSimpleName().equals("LocalDate")) {
                detalj += " Skriv datum som ÅÅÅÅ-MM-DD.";
            }
        }
        return problem(HttpStatus.BAD_REQUEST, "Felaktig begäran", detalj);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail felTyp(MethodArgumentTypeMismatchException e) {
        return problem(HttpStatus.BAD_REQUEST, "Felaktig begäran", "Värdet '" + e.getValue() + "' i '" + e.getName()
                + "' har fel form.");
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail saknadParameter(MissingServletRequestParameterException e) {
        return problem(HttpStatus.BAD_REQUEST, "Felaktig begäran", "Ange " + e.getParameterName() + ".");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ProblemDetail felInnehallstyp(HttpMediaTypeNotSupportedException e) {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Fel innehållstyp", "Skicka begäran som JSON (Content-Type: application/json).");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ProblemDetail felMetod(HttpRequestMethodNotSupportedException e) {
        return problem(HttpStatus.METHOD_NOT_ALLOWED, "Fel metod", "Metoden " + e.getMethod() + " går inte att använda här.");
    }

    @ExceptionHandler(KonfliktException.class)
    ProblemDetail konflikt(KonfliktException e) {
        // with a case number: the client already has an open case; without: the case's state does not allow it now
        ProblemDetail problem = problem(HttpStatus.CONFLICT, e.arendenummer() != null ? "Ärendet finns redan"
                : "Går inte i ärendets nuvarande läge", e.getMessage());
        if (e.arendenummer() != null) {
            problem.setProperty("arendenummer", e.arendenummer());
        }
        return problem;
    }

    @ExceptionHandler(ArendeSaknasException.class)
    ProblemDetail saknas(ArendeSaknasException e) {
        return problem(HttpStatus.NOT_FOUND, "Ärendet finns inte", e.getMessage());
    }

    @ExceptionHandler(EjBehorigException.class)
    ProblemDetail ejBehorig(EjBehorigException e) {
        return problem(HttpStatus.FORBIDDEN, "Ingen behörighet", e.getMessage());
    }

    /** Two people on the same case at once: the engine's or the database's optimistic lock caught it. */
    @ExceptionHandler({OptimisticLockingException.class, ConcurrencyFailureException.class})
    ProblemDetail samtidigt(RuntimeException e) {
        return problem(HttpStatus.CONFLICT, "Någon annan hann före", "Någon annan ändrade ärendet samtidigt. Ladda om och "
                + "försök igen; inget sparades.");
    }

    /** The step the request asks for is no longer waiting (already done, or the case has moved on). */
    @ExceptionHandler(MismatchingMessageCorrelationException.class)
    ProblemDetail stegetFinnsInte(MismatchingMessageCorrelationException e) {
        return problem(HttpStatus.CONFLICT, "Ärendet har gått vidare", "Ärendet väntar inte längre på det här steget: det "
                + "har redan gjorts eller ärendet har gått vidare. Ladda om ärendet; inget sparades.");
    }

    @ExceptionHandler(AuthorizationException.class)
    ProblemDetail ejBehorigIMotorn(AuthorizationException e) {
        return problem(HttpStatus.FORBIDDEN, "Ingen behörighet", "Du saknar behörighet för det här steget i processen.");
    }

    private static ProblemDetail problem(HttpStatus status, String titel, String detalj) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detalj);
        problem.setTitle(titel);
        return problem;
    }
}
