package vn.langso.support;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategy;
import java.util.List;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Every test app context shares one security context holder (registered for all tests in
 * {@code META-INF/spring.factories}). Each Vaadin app context otherwise makes the global holder its own: a test with
 * a context of its own (its own database, its own limits) would leave the cached contexts reading a holder nobody
 * writes to, and every test after it that signs someone in through {@link AsUser} or browserless navigation would
 * find nobody signed in. Vaadin's own strategy bean backs off when one is there.
 */
public class OneSecurityContextHolder implements ContextCustomizerFactory {

    private static final ContextCustomizer SHARE_THE_HOLDER = new ShareTheHolder();

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
            List<ContextConfigurationAttributes> configAttributes) {
        return SHARE_THE_HOLDER;
    }

    /** One instance for all, so that it does not split Spring's cache of test contexts. */
    private static final class ShareTheHolder implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            share(context);
        }
    }

    /** Also for the apps a test starts itself ({@link MariaDbApp}), as an initializer. */
    static void share(ConfigurableApplicationContext context) {
        SecurityContextHolderStrategy current = SecurityContextHolder.getContextHolderStrategy();
        context.getBeanFactory().registerSingleton("sharedSecurityContextHolderStrategy",
                current instanceof VaadinAwareSecurityContextHolderStrategy ? current
                        : new VaadinAwareSecurityContextHolderStrategy());
    }
}
