package io.entente.importer;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** The report on an import: counts, and one result per line. */
@Type("ImportReport")
@Description("What an import did: counts by outcome, and one result per non-blank line, in input order.")
public class ImportReport {

    @NonNull
    @Description("Records created.")
    public int created;

    @NonNull
    @Description("Records replaced.")
    public int updated;

    @NonNull
    @Description("Lines imported before, whose records nobody changed since: nothing written.")
    public int unchanged;

    @NonNull
    @Description("Lines rejected; nothing of them was written.")
    public int rejected;

    @NonNull
    @Description("One result per non-blank line.")
    public List<@NonNull LineResult> lines;

    static ImportReport of(List<LineResult> lines) {
        ImportReport report = new ImportReport();
        report.lines = lines;
        for (LineResult line : lines) {
            switch (line.outcome) {
                case CREATED -> report.created++;
                case UPDATED -> report.updated++;
                case UNCHANGED -> report.unchanged++;
                case REJECTED -> report.rejected++;
            }
        }
        return report;
    }
}
