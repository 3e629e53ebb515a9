package org.dyad.attribution;

import java.util.List;

/**
 * Who reported an event or quotation: the speaker, and the chain of media it reached the
 * article through ("in a statement quoted by Ma'an" gives via = [Ma'an]).
 */
public record Attribution(Speaker speaker, List<String> via) {

    public Attribution {
        via = List.copyOf(via);
    }
}
