package org.qimma.link;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/** Cross-article links (shared/spec/RECORD.md, "Cross-article links"), and the proposals still open. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Links(List<Map<String, Object>> links, @JsonProperty("open_proposals") List<Map<String, Object>> openProposals) {}
