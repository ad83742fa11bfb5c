package vn.langso.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.aop.framework.Advised;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.stereotype.Service;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.util.ClassUtils;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.langso.security.ui.LoginView;
import vn.langso.support.AccessMatrix;
import vn.langso.support.AccessMatrix.Row;
import vn.langso.support.DemoUsers;
import vn.langso.ui.NotFoundView;

/**
 * The access matrix of docs/SECURITY.md, checked both ways: every screen, HTTP endpoint and service method has a
 * row there and a rule of its own, and each kind of caller gets in exactly where the matrix says.
 */
@SpringBootTest
@ActiveProfiles("test")
class EveryRoleGetsExactlyTheAccessTheMatrixSaysTest extends SpringBrowserlessTest {

    private static final AccessMatrix MATRIX = AccessMatrix.read();
    private static final List<Class<? extends Annotation>> RULES = List.of(RolesAllowed.class, PermitAll.class,
            DenyAll.class, PreAuthorize.class, AnonymousAllowed.class);

    @Autowired
    ApplicationContext context;

    @Autowired
    WebApplicationContext web;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyScreenEndpointAndServiceMethodHasARule() {
        List<String> problems = new ArrayList<>();
        Map<String, Class<? extends Component>> screens = screens();
        screens.forEach((route, view) -> {
            if (RULES.stream().noneMatch(view::isAnnotationPresent)) {
                problems.add("screen " + route + " (" + view.getSimpleName() + ") has no security annotation");
            }
        });
        compare("screen", screens.keySet(), MATRIX.table(AccessMatrix.SCREENS).keySet(), problems);
        compare("HTTP endpoint", endpoints(), MATRIX.table(AccessMatrix.ENDPOINTS).keySet(), problems);
        Map<String, Method> methods = new TreeMap<>();
        services().forEach((bean, type) -> publicMethods(type).forEach(method -> {
            methods.put(type.getSimpleName() + "." + method.getName(), method);
            if (RULES.stream().noneMatch(rule -> method.isAnnotationPresent(rule) || type.isAnnotationPresent(rule))) {
                problems.add("service method " + type.getSimpleName() + "." + method.getName()
                        + " has no security annotation");
            }
        }));
        compare("service method", methods.keySet(), MATRIX.table(AccessMatrix.SERVICES).keySet(), problems);
        assertThat(problems).as("docs/SECURITY.md access matrix against the code").isEmpty();
        assertThat(screens).hasSizeGreaterThan(15);
        assertThat(methods).hasSizeGreaterThan(70);
    }

    @Test
    void nothingIsOpenWithoutSigningInButSignInSignUpAndCertificateChecks() {
        Set<String> open = new TreeSet<>();
        MATRIX.tables().forEach((table, rows) -> rows.values().stream()
                .filter(row -> !row.refuses("anonymous")).forEach(row -> open.add(row.key())));
        assertThat(open).containsExactlyInAnyOrder("/login", "/signup", "/certificates/:code",
                "GET /lesson-pictures/u/{name}",
                "LessonService.verify", "LessonService.uploadedPicture", "AccountService.signUpLearner",
                "PlaceService.activeCommunes", "PlaceService.activeVillagesOf");
    }

    @Test
    @WithAnonymousUser
    void someoneNotSignedInGetsWhatTheMatrixSays() {
        assertThat(walk("anonymous", DemoUsers.PROVINCE_ADMIN)).isEmpty();
    }

    @Test
    @WithUserDetails(DemoUsers.LEARNER)
    void aLearnerGetsWhatTheMatrixSays() {
        assertThat(walk(Role.LEARNER.name(), DemoUsers.LEARNER)).isEmpty();
    }

    @Test
    @WithUserDetails(DemoUsers.TEAM_MEMBER)
    void aTeamMemberGetsWhatTheMatrixSays() {
        assertThat(walk(Role.TEAM_MEMBER.name(), DemoUsers.TEAM_MEMBER)).isEmpty();
    }

    @Test
    @WithUserDetails(DemoUsers.COMMUNE_LEADER)
    void aCommuneLeaderGetsWhatTheMatrixSays() {
        assertThat(walk(Role.COMMUNE_LEADER.name(), DemoUsers.COMMUNE_LEADER)).isEmpty();
    }

    @Test
    @WithUserDetails(DemoUsers.PROVINCE_ADMIN)
    void theProvinceAdminGetsWhatTheMatrixSays() {
        assertThat(walk(Role.PROVINCE_ADMIN.name(), DemoUsers.PROVINCE_ADMIN)).isEmpty();
    }

    /** Every row of the matrix for one caller; the cells that did not behave as declared. */
    private List<String> walk(String caller, String placeOf) {
        List<String> wrong = new ArrayList<>();
        Samples samples = samples(placeOf);
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        MATRIX.table(AccessMatrix.SCREENS).values().forEach(row -> openScreen(row, caller, samples, wrong));
        // A navigation ends like a request: the context is cleared. Put the caller back for the calls that follow.
        SecurityContextHolder.getContext().setAuthentication(who);
        MockMvc http = MockMvcBuilders.webAppContextSetup(web).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        MATRIX.table(AccessMatrix.ENDPOINTS).values()
                .forEach(row -> callEndpoint(http, row, who, caller, samples, wrong));
        int services = 0;
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(who);
        SecurityContextHolder.setContext(context); // each HTTP call above ended by clearing it
        for (Object bean : services().keySet()) {
            Class<?> type = ClassUtils.getUserClass(bean);
            for (Method method : publicMethods(type)) {
                callService(bean, type, method, caller, wrong);
                services++;
            }
        }
        System.out.printf("ACCESS-MATRIX %s: %d screens, %d endpoints, %d service methods checked, %d wrong%n", caller,
                MATRIX.table(AccessMatrix.SCREENS).size(), MATRIX.table(AccessMatrix.ENDPOINTS).size(), services,
                wrong.size());
        return wrong;
    }

    private void openScreen(Row row, String caller, Samples samples, List<String> wrong) {
        String template = row.key().substring(1);
        UI.getCurrent().navigate(samples.fill(template));
        Class<?> shown = ClassUtils.getUserClass(getCurrentView().getClass());
        Class<?> refusal = "anonymous".equals(caller) ? LoginView.class : NotFoundView.class;
        boolean asDeclared;
        if (row.refuses(caller)) {
            asDeclared = shown == refusal;
        } else if (AccessMatrix.HOME.equals(row.cell(caller))) {
            asDeclared = shown == RouteConfiguration.forApplicationScope()
                    .getRoute(Role.valueOf(caller).homeRoute()).orElseThrow();
        } else {
            // Let in: the screen, or the one it sends on to (my-team opens the member's team), but not a refusal.
            asDeclared = shown == screens().get(row.key()) || shown != refusal && shown != NotFoundView.class;
        }
        if (!asDeclared) {
            wrong.add("screen " + row.key() + " as " + caller + ": matrix says " + row.cell(caller) + " but "
                    + shown.getSimpleName() + " was shown");
        }
    }

    private void callEndpoint(MockMvc http, Row row, Authentication who, String caller, Samples samples, List<String> wrong) {
        String[] methodAndPath = row.key().split(" ", 2);
        String path = methodAndPath[1].replace("{name}", "nothing-here.png");
        MockHttpServletRequestBuilder request = switch (methodAndPath[0]) {
            case "POST" -> MockMvcRequestBuilders.post(path).contentType(MediaType.APPLICATION_JSON)
                    .content(samples.visitNobodyCanStore())
                    .with(SecurityMockMvcRequestPostProcessors.csrf());
            default -> MockMvcRequestBuilders.get(path);
        };
        MvcResult result;
        try {
            result = http.perform(request.with(SecurityMockMvcRequestPostProcessors.authentication(who)))
                    .andReturn();
        } catch (Exception e) {
            wrong.add("endpoint " + row.key() + " as " + caller + " failed: " + e);
            return;
        }
        int status = result.getResponse().getStatus();
        String location = result.getResponse().getRedirectedUrl();
        boolean refused = status == 401 || status == 403
                || (status / 100 == 3 && location != null && location.contains("login"));
        if (refused != row.refuses(caller)) {
            wrong.add("endpoint " + row.key() + " as " + caller + ": matrix says " + row.cell(caller)
                    + " but the answer was " + status + (location == null ? "" : " to " + location));
        }
    }

    private void callService(Object bean, Class<?> type, Method method, String caller, List<String> wrong) {
        String name = type.getSimpleName() + "." + method.getName();
        Row row = MATRIX.table(AccessMatrix.SERVICES).get(name);
        if (row == null) {
            return; // reported by everyScreenEndpointAndServiceMethodHasARule
        }
        long logged = roleRefusals();
        // Refused calls go to the real service: the check comes before any of its work. Allowed calls go through
        // the same security advice in front of a stand-in, so the walk changes no data.
        Throwable thrown = invoke(row.refuses(caller) ? bean : standIn(bean, type), method);
        boolean refused = thrown instanceof AccessDeniedException || thrown instanceof AuthenticationException;
        if (refused != row.refuses(caller)) {
            wrong.add("service " + name + " as " + caller + ": matrix says " + row.cell(caller) + " but "
                    + (thrown == null ? "it ran" : thrown.toString()));
        } else if (refused && !"anonymous".equals(caller) && roleRefusals() <= logged) {
            wrong.add("service " + name + " as " + caller + ": refused but not logged");
        }
    }

    private long roleRefusals() {
        return jdbc.sql("select count(*) from audit_event where action = ?").param(AuditTrail.ROLE_REFUSED)
                .query(Long.class).single();
    }

    private static Throwable invoke(Object target, Method method) {
        Object[] arguments = new Object[method.getParameterCount()];
        Class<?>[] types = method.getParameterTypes();
        for (int i = 0; i < arguments.length; i++) {
            arguments[i] = placeholder(types[i]);
        }
        try {
            method.invoke(target, arguments);
            return null;
        } catch (InvocationTargetException e) {
            return e.getCause();
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object placeholder(Class<?> type) {
        if (type == long.class || type == Long.class) {
            return 0L;
        } else if (type == int.class || type == Integer.class) {
            return 0;
        } else if (type == boolean.class) {
            return false;
        } else if (type == String.class) {
            return "x";
        } else if (type == byte[].class) {
            return new byte[0];
        } else if (type == Locale.class) {
            return Locale.ROOT;
        } else if (Set.class.isAssignableFrom(type)) {
            return Set.of();
        } else if (Collection.class.isAssignableFrom(type)) {
            return List.of();
        } else if (Map.class.isAssignableFrom(type)) {
            return Map.of();
        }
        return null;
    }

    private final Map<Class<?>, Object> standIns = new LinkedHashMap<>();

    /** The bean's own advice (security, transactions) in front of a Mockito stand-in of the service. */
    private Object standIn(Object bean, Class<?> type) {
        return standIns.computeIfAbsent(type, ignored -> {
            ProxyFactory proxy = new ProxyFactory(Mockito.mock(type));
            proxy.setProxyTargetClass(true);
            proxy.addAdvisors(((Advised) bean).getAdvisors());
            return proxy.getProxy();
        });
    }

    /** Every Vaadin route, as "/template" → view. */
    private static Map<String, Class<? extends Component>> screens() {
        Map<String, Class<? extends Component>> screens = new TreeMap<>();
        for (RouteData route : RouteConfiguration.forApplicationScope().getAvailableRoutes()) {
            if (isTestCode(route.getNavigationTarget())) {
                continue; // pages the tests add to show single widgets
            }
            screens.put("/" + route.getTemplate(), route.getNavigationTarget());
        }
        return screens;
    }

    /** Every Spring MVC request mapping, as "GET /api/worklist" ("ANY" when it takes every method). */
    private Set<String> endpoints() {
        Set<String> endpoints = new TreeSet<>();
        context.getBeansOfType(RequestMappingHandlerMapping.class).values().forEach(mapping ->
                mapping.getHandlerMethods().keySet().forEach((RequestMappingInfo info) -> {
                    Set<String> verbs = new TreeSet<>();
                    info.getMethodsCondition().getMethods().forEach(verb -> verbs.add(verb.name()));
                    if (verbs.isEmpty()) {
                        verbs.add("ANY");
                    }
                    info.getPatternValues().forEach(path -> verbs.forEach(verb -> endpoints.add(verb + " " + path)));
                }));
        return endpoints;
    }

    /** The service beans of the application: every @Service, and every bean of ours whose methods carry a rule. */
    private Map<Object, Class<?>> services() {
        Map<Object, Class<?>> services = new LinkedHashMap<>();
        for (String name : context.getBeanDefinitionNames()) {
            Class<?> type = context.getType(name);
            if (type == null) {
                continue;
            }
            type = ClassUtils.getUserClass(type);
            if (!type.getPackageName().startsWith("vn.langso")) {
                continue;
            }
            boolean service = type.isAnnotationPresent(Service.class) || publicMethods(type).stream()
                    .anyMatch(method -> RULES.stream().anyMatch(method::isAnnotationPresent));
            if (service) {
                services.put(context.getBean(name), type);
            }
        }
        return services;
    }

    private static List<Method> publicMethods(Class<?> type) {
        return java.util.Arrays.stream(type.getDeclaredMethods())
                .filter(method -> Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())
                        && !method.isSynthetic() && !method.isBridge())
                .sorted(java.util.Comparator.comparing(Method::getName)).toList();
    }

    private static void compare(String what, Set<String> inCode, Set<String> inMatrix, List<String> problems) {
        inCode.stream().filter(key -> !inMatrix.contains(key))
                .forEach(key -> problems.add(what + " " + key + " has no row in docs/SECURITY.md's access matrix"));
        inMatrix.stream().filter(key -> !inCode.contains(key))
                .forEach(key -> problems.add("docs/SECURITY.md's access matrix names a " + what + " " + key
                        + " that does not exist"));
    }

    private static boolean isTestCode(Class<?> type) {
        return type.getProtectionDomain().getCodeSource().getLocation().getPath().contains("test-classes");
    }

    /** Route parameters that lie inside the caller's place, so that "allowed" means the screen really opens. */
    private Samples samples(String username) {
        String path = jdbc.sql("select p.path from user_account u join place p on p.id = u.place_id where u.username = ?")
                .param(username).query(String.class).single();
        long team = jdbc.sql("""
                select min(t.id) from team t join place p on p.id = t.place_id where p.path like ?""")
                .param(path + "%").query(Long.class).single();
        long commune = jdbc.sql("""
                select min(p.id) from place p join place_type t on t.code = p.type_code
                where t.level = 'COMMUNE' and p.active = true and p.path like ?""")
                .param(path + "%").query(Long.class).optional().orElse(0L);
        long household = jdbc.sql("""
                select min(h.id) from household h join place p on p.id = h.village_id
                where h.removed_at is null and p.path like ?""").param(path + "%").query(Long.class).single();
        String lesson = jdbc.sql("select min(slug) from lesson").query(String.class).single();
        return new Samples(Map.of("teamId", team, "communeId", commune, "household", household, "slug", lesson,
                "code", "ZZZZZZZZ"));
    }

    private record Samples(Map<String, Object> values) {

        String fill(String template) {
            StringBuilder url = new StringBuilder();
            for (String part : template.split("/")) {
                if (part.startsWith(":") && part.endsWith("?")) {
                    continue;
                }
                String value = part.startsWith(":") ? String.valueOf(values.get(part.substring(1))) : part;
                url.append(url.isEmpty() ? "" : "/").append(value);
            }
            return url.toString();
        }

        /** A visit to a household that does not exist: allowed callers get a refusal receipt, nothing is stored. */
        String visitNobodyCanStore() {
            return """
                    {"visits":[{"clientId":"%s","householdId":-1,"visitedAt":"%s",
                    "activities":["OTHER"],"consent":false,"correction":false}]}""".formatted(UUID.randomUUID(),
                    java.time.Instant.now());
        }
    }
}
