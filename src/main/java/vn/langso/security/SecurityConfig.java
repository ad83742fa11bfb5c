package vn.langso.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import vn.langso.security.ui.LoginView;

@Configuration
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfig {

    /**
     * What the browser may load and run. Vaadin Flow needs script-src 'unsafe-inline' (its bootstrap script) and
     * 'unsafe-eval' (it builds functions from the expressions the server sends) and style-src 'unsafe-inline'
     * (Vaadin docs, "Content Security Policy"); everything else is held to this origin: no other site's scripts,
     * styles, fonts, images or connections, no plugins, forms post only here, and no other site may frame a page.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; media-src 'self' blob: data:; "
            + "worker-src 'self'; manifest-src 'self'; frame-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'self'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http,
            com.vaadin.flow.spring.security.VaadinDefaultRequestCache requestCache,
            @org.springframework.beans.factory.annotation.Value("${langso.security.content-security-policy:"
                    + CONTENT_SECURITY_POLICY + "}") String contentSecurityPolicy) throws Exception {
        // Spring Security's defaults stay: X-Content-Type-Options nosniff, Cache-Control no-store on every response
        // that does not set its own (pages, JSON, downloads), and HSTS for a year on requests that came over HTTPS.
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy))
                // Vaadin's offline stub is shown in a same-origin iframe.
                .frameOptions(frame -> frame.sameOrigin())
                .referrerPolicy(referrer -> referrer.policy(
                        org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        // The app's own stylesheet, icons and lesson pictures are static and needed before sign-in too.
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/styles/**", "/images/**", "/lesson-pictures/**").permitAll());
        // The browser-side screens talk JSON: an expired session is a 401 they handle, not a redirect to a page.
        var api = org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.withDefaults()
                .matcher("/api/**");
        http.exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                new org.springframework.security.web.authentication.HttpStatusEntryPoint(
                        org.springframework.http.HttpStatus.UNAUTHORIZED), api));
        http.authorizeHttpRequests(requests -> requests.requestMatchers(api).authenticated());
        // After signing in, go back only to a page the person opened: never to a JSON call of the visit screen,
        // nor to what the service worker fetched in the background (its Sec-Fetch-Mode is not "navigate").
        requestCache.ignoreRequests(new org.springframework.security.web.util.matcher.OrRequestMatcher(api,
                request -> request.getHeader("Sec-Fetch-Mode") != null
                        && !"navigate".equals(request.getHeader("Sec-Fetch-Mode"))));
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
        http.with(vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        return http.build();
    }

    /**
     * Spring Security tells failures apart by their exact exception class: our lock refusal, which says how long the
     * lock lasts, must still count as a lock (SignInGuard audits it).
     */
    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher events) {
        DefaultAuthenticationEventPublisher publisher = new DefaultAuthenticationEventPublisher(events);
        publisher.setAdditionalExceptionMappings(
                Map.of(AccountLockedException.class, AuthenticationFailureLockedEvent.class));
        return publisher;
    }

    /** Argon2id for new hashes; the {id} prefix lets a later encoder take over without a reset. */
    @Bean
    PasswordEncoder passwordEncoder() {
        String current = "argon2";
        return new DelegatingPasswordEncoder(current,
                Map.of(current, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8()));
    }
}
