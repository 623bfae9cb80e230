package se.hemvag.security;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Hemväg's own pages beside the webapps (static/…), at their short addresses: the unit's dashboard,
 * the section leads' review list and ledning's access-log review. They read the API with the
 * webapps' login; HardadeSvar gives them their security headers.
 */
@Configuration
class EgnaSidor implements WebMvcConfigurer {

    static final String[] SIDOR = {"enhetens-resultat", "arendegenomgang", "atkomstlogg"};

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        for (String sida : SIDOR) {
            registry.addRedirectViewController("/" + sida, "/" + sida + "/");
            registry.addViewController("/" + sida + "/").setViewName("forward:/" + sida + "/index.html");
        }
    }
}
