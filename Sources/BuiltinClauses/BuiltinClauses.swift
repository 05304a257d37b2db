// The generated EmbeddedClauses.swift (see Plugins/EmbedClausesPlugin) is this target's content.
