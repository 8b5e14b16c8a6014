package org.qimma.extract;

import org.qimma.kb.EntityType;
import org.qimma.recognise.Mention;

/**
 * Who speaks: the phrase as written (tokens {@code [first, last]}), the entity it names, and the
 * speaker's state (a person's state on the article's date, or the state itself).
 */
public record Speaker(int first, int last, Mention entity, String labelEn, String stateId) {

    public boolean isPerson() {
        return entity.type() == EntityType.PERSON;
    }
}
