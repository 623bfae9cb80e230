package se.hemvag.processversion;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The process owner's versions and moves of running cases (Processversioner). */
@RestController
class ProcessversionController {

    private final Processversioner processversioner;

    ProcessversionController(Processversioner processversioner) {
        this.processversioner = processversioner;
    }

    @GetMapping("/api/processversioner/{nyckel}")
    public List<Processversioner.Version> versioner(@PathVariable String nyckel) {
        return processversioner.versioner(nyckel);
    }

    /** The plan as it would run, and what stops it; nothing moves. */
    @PostMapping("/api/processversioner/flyttplan")
    public Processversioner.Flyttplan flyttplan(@RequestBody Processversioner.Flyttbegaran begaran) {
        return processversioner.planera(begaran);
    }

    @PostMapping("/api/processversioner/flytt")
    @ResponseStatus(HttpStatus.ACCEPTED)
    public Processversioner.Flytt flytt(@RequestBody Processversioner.Flyttbegaran begaran) {
        return processversioner.flytta(begaran);
    }
}
