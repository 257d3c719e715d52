package io.fairdraw.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements the application executes, to show that a page makes a fixed number
 * of queries whatever its number of rows (issue 22 item 4: no query per row). Import
 * {@link Config} next to {@link AppIT} (the test class gets its own Spring context on the same
 * per-JVM database); the application's {@code dataSource} is then wrapped in a counting proxy
 * (java.lang.reflect.Proxy around DataSource, Connection and Statement; {@code unwrap} reaches
 * the driver's objects as before).
 *
 * <pre>
 * &#64;AppIT
 * &#64;Import(StatementCounter.Config.class)
 * class FooIT {
 *     &#64;Autowired StatementCounter sql;
 *     ... long n = sql.countOnRequestThreads(() -> client.get("/page")).size();
 * </pre>
 *
 * A statement is one {@code execute…} call (a batch counts once). Only threads the predicate
 * accepts are counted, so background jobs running meanwhile do not disturb the figure.
 */
public final class StatementCounter {

    /** The embedded server's request threads (Tomcat's "http-nio-…-exec-n"). */
    public static final Predicate<Thread> REQUEST_THREADS = t -> t.getName().startsWith("http-nio-");

    private final List<String> seen = Collections.synchronizedList(new ArrayList<>());
    private volatile Predicate<Thread> counting;

    /** The statements (their SQL, where known) executed by the request threads while {@code work} ran. */
    public List<String> countOnRequestThreads(Runnable work) {
        return count(REQUEST_THREADS, work);
    }

    /** The statements executed on threads {@code which} accepts while {@code work} ran (not reentrant). */
    public synchronized List<String> count(Predicate<Thread> which, Runnable work) {
        seen.clear();
        counting = which;
        try {
            work.run();
        } finally {
            counting = null;
        }
        synchronized (seen) {
            return List.copyOf(seen);
        }
    }

    private void executed(String sql) {
        Predicate<Thread> which = counting;
        if (which != null && which.test(Thread.currentThread())) {
            seen.add(sql);
        }
    }

    DataSource wrap(DataSource target) {
        // AutoCloseable too, so the pool's inferred destroy method (close) still runs at shutdown
        return proxy(target instanceof AutoCloseable ? new Class<?>[] {DataSource.class, AutoCloseable.class}
                : new Class<?>[] {DataSource.class}, target, (method, result, args) ->
                result instanceof Connection c && method.getName().startsWith("getConnection")
                        ? proxy(new Class<?>[] {Connection.class}, c, this::onConnection) : result);
    }

    private Object onConnection(Method method, Object result, Object[] args) {
        String name = method.getName();
        String sql = args != null && args.length > 0 && args[0] instanceof String s ? s : "";
        if (result instanceof CallableStatement s && name.equals("prepareCall")) {
            return proxy(new Class<?>[] {CallableStatement.class}, s, statement(sql));
        }
        if (result instanceof PreparedStatement s && name.equals("prepareStatement")) {
            return proxy(new Class<?>[] {PreparedStatement.class}, s, statement(sql));
        }
        if (result instanceof Statement s && name.equals("createStatement")) {
            return proxy(new Class<?>[] {Statement.class}, s, statement(""));
        }
        return result;
    }

    private After statement(String prepared) {
        return new After() {
            @Override
            public Object after(Method method, Object result, Object[] args) {
                return result;
            }

            @Override
            public void before(Method method, Object[] args) {
                if (method.getName().startsWith("execute")) {
                    executed(args != null && args.length > 0 && args[0] instanceof String s ? s : prepared);
                }
            }
        };
    }

    /** What a proxy does around the call it forwards. */
    private interface After {
        Object after(Method method, Object result, Object[] args);

        default void before(Method method, Object[] args) {
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<?>[] types, T target, After around) {
        InvocationHandler handler = (p, method, args) -> {
            around.before(method, args);
            try {
                return around.after(method, method.invoke(target, args), args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (T) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), types, handler);
    }

    /** Wraps the application's {@code dataSource} bean and provides the counter. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

        @Bean
        StatementCounter statementCounter() {
            return new StatementCounter();
        }

        @Bean
        static BeanPostProcessor statementCountingDataSource(org.springframework.beans.factory.ObjectProvider<StatementCounter> counter) {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource ds && name.equals("dataSource") ? counter.getObject().wrap(ds) : bean;
                }
            };
        }
    }
}
