package vn.langso.learning;

import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The lessons' pictures: small SVGs shipped with the lessons, cached by phones for a week, and under
 * {@value #UPLOADED} those admins uploaded ({@link UploadedPictureController}).
 */
@Configuration
class LessonPictures implements WebMvcConfigurer {

    static final String PATH = "/lesson-pictures/";
    /** Where uploaded pictures live, beside the shipped ones; a step refers to one as {@code u/<hash>.jpg}. */
    static final String UPLOADED = "u/";

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler(PATH + "**").addResourceLocations("classpath:/lessons/pictures/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(7)).cachePublic());
    }
}
