package vn.langso.security;

import org.aopalliance.intercept.MethodInvocation;
import org.springframework.aop.support.AopUtils;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;

/**
 * Logs every call a signed-in user's role may not make (a learner asking for a household, a team member for another
 * commune's register...): one {@link AuditTrail#ROLE_REFUSED} row naming the service method. Refusals for being
 * outside the caller's place are logged by the services themselves ({@link AuditTrail#recordOutOfScope}).
 * Web requests of people who are not signed in are not logged here: anyone can make those by the thousand.
 */
@Configuration
class RoleRefusals {

    private final AuditTrail audit;

    RoleRefusals(AuditTrail audit) {
        this.audit = audit;
    }

    /** Method security publishes its denials (only those) through this bean. */
    @Bean
    static AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher events) {
        return new SpringAuthorizationEventPublisher(events);
    }

    @EventListener
    void denied(AuthorizationDeniedEvent<?> event) {
        Authentication who = event.getAuthentication().get();
        if (!(event.getSource() instanceof MethodInvocation call) || who == null
                || who instanceof AnonymousAuthenticationToken || !who.isAuthenticated()) {
            return;
        }
        Class<?> service = call.getThis() == null ? call.getMethod().getDeclaringClass()
                : AopUtils.getTargetClass(call.getThis());
        audit.recordRefusal(AuditTrail.ROLE_REFUSED, null, service.getSimpleName() + "." + call.getMethod().getName());
    }
}
