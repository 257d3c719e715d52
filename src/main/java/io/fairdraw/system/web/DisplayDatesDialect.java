package io.fairdraw.system.web;

import io.fairdraw.shared.DisplayDates;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * {@code #fmt} in every template: {@code ${#fmt.date(x)}} → yyyy-MM-dd and {@code ${#fmt.dateTime(x)}} →
 * yyyy-MM-dd HH:mm in the business zone, for Instants, dates and date-times alike (issue 21 item 4:
 * one date format everywhere, no raw ISO instants on a page). Boot adds every dialect bean to the
 * template engine.
 */
@Component
class DisplayDatesDialect extends AbstractDialect implements IExpressionObjectDialect {

    static final String NAME = "fmt";

    /** The expression object: the same methods as {@link DisplayDates}, callable on an instance. */
    public static final class Fmt {
        public String date(Object value) {
            return DisplayDates.date(value);
        }

        public String dateTime(Object value) {
            return DisplayDates.dateTime(value);
        }
    }

    private static final Fmt FMT = new Fmt();

    DisplayDatesDialect() {
        super("Fairdraw display dates");
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of(NAME);
            }

            @Override
            public Object buildObject(IExpressionContext context, String expressionObjectName) {
                return NAME.equals(expressionObjectName) ? FMT : null;
            }

            @Override
            public boolean isCacheable(String expressionObjectName) {
                return true;
            }
        };
    }
}
