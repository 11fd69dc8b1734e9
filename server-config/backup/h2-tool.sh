# Sourced by the H2 backup scripts: the H2 jar the application itself carries (one H2 version writes
# and reads the file), and the JDBC URL of the database file in a data directory.
h2_jar=${H2_JAR:-}
h2_tmp=""
h2_require() {
    if [ -z "$h2_jar" ]; then
        local war=${PEERMENTOR_WAR:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)/target/peer-mentor-education.war}
        [ -f "$war" ] || { echo "Set H2_JAR to the application's h2 jar, or PEERMENTOR_WAR to its war" >&2; exit 2; }
        h2_tmp=$(mktemp -d)
        unzip -q -j -d "$h2_tmp" "$war" 'WEB-INF/lib/h2-*.jar'
        h2_jar=$(ls "$h2_tmp"/h2-*.jar)
    fi
}
h2_cleanup() { [ -n "$h2_tmp" ] && rm -rf "$h2_tmp"; h2_tmp=""; }
# The same settings as the application's default URL (microprofile-config.properties).
h2_url() { echo "jdbc:h2:file:$(cd "$1" && pwd)/peermentor;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH$2"; }
h2_user=${PEERMENTOR_DATASOURCE_USER:-peermentor}
h2_password=${PEERMENTOR_DATASOURCE_PASSWORD:-peermentor}
