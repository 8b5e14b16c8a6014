package org.qimma.kb;

/** The kinds of things the knowledge base knows. */
public enum EntityType { STATE, PERSON, ORGANISATION, BODY, PLACE, GROUP }
