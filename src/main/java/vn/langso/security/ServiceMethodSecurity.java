package vn.langso.security;

import com.vaadin.flow.component.Component;
import java.util.function.Supplier;
import org.springframework.aop.Advisor;
import org.springframework.aop.ClassFilter;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.method.AuthorizationInterceptorsOrder;
import org.springframework.security.authorization.method.AuthorizationManagerBeforeMethodInterceptor;
import org.springframework.security.authorization.method.Jsr250AuthorizationManager;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * {@code @RolesAllowed}, {@code @PermitAll} and {@code @DenyAll} on services, as
 * {@code @EnableMethodSecurity(jsr250Enabled = true)} enforces them, but not on screens.
 *
 * <p>Screens carry the same annotations for Vaadin's navigation access control, which checks them before a screen
 * is made. Spring's method security also matched them, so every screen a person opened was built as a CGLIB proxy
 * (Vaadin makes screens through Spring), after Spring had matched every advisor against every method of the screen
 * class again (that match is cached only for beans it does not proxy), and every call Vaadin made on the screen went
 * through an authorization check. A flight recording of 300 people on the generated province found 15 % of the app's
 * CPU in that matching alone. Screens are Vaadin components: this advisor leaves them out, and nothing else changes.
 */
@Configuration(proxyBeanMethods = false)
@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
class ServiceMethodSecurity {

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor jsr250OnServices(ObjectProvider<SecurityContextHolderStrategy> holders,
            ObjectProvider<AuthorizationEventPublisher> publishers) {
        ComposablePointcut servicesOnly = new ComposablePointcut(
                AuthorizationManagerBeforeMethodInterceptor.jsr250().getPointcut())
                .intersection((ClassFilter) type -> !Component.class.isAssignableFrom(type));
        AuthorizationManagerBeforeMethodInterceptor interceptor = new AuthorizationManagerBeforeMethodInterceptor(
                servicesOnly, new Jsr250AuthorizationManager());
        interceptor.setOrder(AuthorizationInterceptorsOrder.JSR250.getOrder());
        // Both are looked up when a method is called, as Spring's own configuration defers them.
        interceptor.setSecurityContextHolderStrategy(new DeferredHolder(holders));
        interceptor.setAuthorizationEventPublisher(new AuthorizationEventPublisher() {
            @Override
            public <T> void publishAuthorizationEvent(Supplier<org.springframework.security.core.Authentication> who,
                    T object, org.springframework.security.authorization.AuthorizationResult result) {
                AuthorizationEventPublisher publisher = publishers.getIfAvailable();
                if (publisher != null) {
                    publisher.publishAuthorizationEvent(who, object, result);
                }
            }
        });
        return interceptor;
    }

    /** The app's security context holder strategy bean if there is one (Vaadin's), else the global one. */
    private record DeferredHolder(ObjectProvider<SecurityContextHolderStrategy> holders)
            implements SecurityContextHolderStrategy {

        private SecurityContextHolderStrategy holder() {
            return holders.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        }

        @Override
        public void clearContext() {
            holder().clearContext();
        }

        @Override
        public SecurityContext getContext() {
            return holder().getContext();
        }

        @Override
        public Supplier<SecurityContext> getDeferredContext() {
            return holder().getDeferredContext();
        }

        @Override
        public void setContext(SecurityContext context) {
            holder().setContext(context);
        }

        @Override
        public void setDeferredContext(Supplier<SecurityContext> deferredContext) {
            holder().setDeferredContext(deferredContext);
        }

        @Override
        public SecurityContext createEmptyContext() {
            return holder().createEmptyContext();
        }
    }
}
