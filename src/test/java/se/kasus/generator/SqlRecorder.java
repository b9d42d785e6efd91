package se.kasus.generator;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Records the SQL every part of Kasus sends through the DataSource (Hibernate, JdbcTemplate and the engine's
 * MyBatis alike) with its parameters, while recording is on: what the database really receives, to EXPLAIN it.
 */
@TestConfiguration(proxyBeanMethods = false)
class SqlRecorder {

    /** One statement as executed, parameters by position (1-based). */
    record Executed(String sql, Map<Integer, Object> parameters) {
        List<Object> parameterList() {
            List<Object> values = new ArrayList<>();
            int max = parameters.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
            for (int i = 1; i <= max; i++) {
                values.add(parameters.get(i));
            }
            return values;
        }
    }

    static final List<Executed> RECORDED = new CopyOnWriteArrayList<>();
    private static volatile boolean recording;

    static void start() {
        RECORDED.clear();
        recording = true;
    }

    static List<Executed> stop() {
        recording = false;
        return List.copyOf(RECORDED);
    }

    @Bean
    static BeanPostProcessor recordingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof DataSource dataSource && beanName.equals("dataSource")) {
                    return new Recording(dataSource);
                }
                return bean;
            }
        };
    }

    static final class Recording extends DelegatingDataSource {
        Recording(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return connection(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return connection(super.getConnection(username, password));
        }
    }

    private static Connection connection(Connection target) {
        return proxy(Connection.class, target, (method, args, result) -> {
            if (method.getName().equals("prepareStatement") && result instanceof PreparedStatement statement) {
                return prepared(statement, (String) args[0]);
            }
            if (method.getName().equals("createStatement") && result instanceof Statement statement) {
                return plain(statement);
            }
            return result;
        });
    }

    private static PreparedStatement prepared(PreparedStatement target, String sql) {
        Map<Integer, Object> parameters = new TreeMap<>();
        return proxy(PreparedStatement.class, target, (method, args, result) -> {
            String name = method.getName();
            if (name.startsWith("set") && args != null && args.length >= 2 && args[0] instanceof Integer index) {
                parameters.put(index, name.equals("setNull") ? null : args[1]);
            } else if (recording && (name.equals("execute") || name.equals("executeQuery")) && args == null) {
                RECORDED.add(new Executed(sql, new TreeMap<>(parameters)));
            } else if (name.equals("clearParameters")) {
                parameters.clear();
            }
            return result;
        });
    }

    private static Statement plain(Statement target) {
        return proxy(Statement.class, target, (method, args, result) -> {
            if (recording && (method.getName().equals("execute") || method.getName().equals("executeQuery"))
                    && args != null && args.length == 1 && args[0] instanceof String sql) {
                RECORDED.add(new Executed(sql, Map.of()));
            }
            return result;
        });
    }

    /** Calls the target and lets {@code after} see (and replace) the result. */
    interface After {
        Object apply(Method method, Object[] args, Object result) throws Exception;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, After after) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().equals("unwrap") && args != null && args[0] instanceof Class<?> wanted
                    && wanted.isInstance(target)) {
                return target;
            }
            try {
                return after.apply(method, args, method.invoke(target, args));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (T) Proxy.newProxyInstance(SqlRecorder.class.getClassLoader(), new Class<?>[] {type}, handler);
    }
}
