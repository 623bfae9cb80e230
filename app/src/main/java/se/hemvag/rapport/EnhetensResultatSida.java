package se.hemvag.rapport;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The managers' dashboard (static/enhetens-resultat) at its short address, as Cockpit links to it. */
@Configuration
class EnhetensResultatSida implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/enhetens-resultat", "/enhetens-resultat/");
        registry.addViewController("/enhetens-resultat/").setViewName("forward:/enhetens-resultat/index.html");
    }
}
