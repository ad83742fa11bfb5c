package vn.langso.support;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * For a test that needs an app context of its own (its own database, its own limits) beside the shared one:
 * {@code @Import(OneSecurityContextHolder.class)}. Each Vaadin app context makes the global security context holder
 * its own; a second one would leave the other tests' context (cached, shared) reading a holder nobody writes to, and
 * every browserless test after it would find nobody signed in. This one shares the holder instead.
 */
@TestConfiguration
public class OneSecurityContextHolder {

    @Bean
    SecurityContextHolderStrategy sharedSecurityContextHolderStrategy() {
        SecurityContextHolderStrategy current = SecurityContextHolder.getContextHolderStrategy();
        return current instanceof VaadinAwareSecurityContextHolderStrategy ? current
                : new VaadinAwareSecurityContextHolderStrategy();
    }
}
