package io.entente.graphql;

import java.util.Set;

/** The GraphQL type names that carry global ids. */
public final class NodeType {

    public static final String COUNTRY = "Country";
    public static final String BLOC = "Bloc";
    public static final String BLOC_MEMBERSHIP = "BlocMembership";
    public static final String OFFICIAL = "Official";
    public static final String POSITION = "Position";
    public static final String MEETING = "Meeting";
    public static final String STATEMENT = "Statement";
    public static final String SOURCE = "Source";
    public static final String EVENT = "Event";
    public static final String SANCTION_REGIME = "SanctionRegime";
    public static final String DESIGNATION = "Designation";

    private static final Set<String> ALL = Set.of(COUNTRY, BLOC, BLOC_MEMBERSHIP, OFFICIAL, POSITION, MEETING, STATEMENT, SOURCE,
            EVENT, SANCTION_REGIME, DESIGNATION);

    private NodeType() {
    }

    static boolean isKnown(String type) {
        return ALL.contains(type);
    }
}
