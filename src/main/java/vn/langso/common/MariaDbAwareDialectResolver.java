package vn.langso.common;

import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.MariaDBDialect;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolver;

/**
 * MySQL Connector/J reports a MariaDB server as "MySQL", so Hibernate would pick the MySQL dialect.
 * The server's version string still says MariaDB; on MariaDB this resolver picks Hibernate's MariaDB dialect.
 * Everything else is left to Hibernate's standard resolution.
 */
public class MariaDbAwareDialectResolver implements DialectResolver {

    @Override
    public Dialect resolveDialect(DialectResolutionInfo info) {
        String version = info.getDatabaseVersion();
        if (version != null && version.toLowerCase(java.util.Locale.ROOT).contains("mariadb")) {
            return new MariaDBDialect(info);
        }
        return null;
    }
}
