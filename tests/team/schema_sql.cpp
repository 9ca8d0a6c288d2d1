// tilltro_schema_sql: prints the schema as one SQL script, for psql (issue 17).
//
//   tilltro_schema_sql --dialect postgresql    the PostgreSQL 15 schema (dialect.cpp's spelling)
//   tilltro_schema_sql --dialect sqlite        the SQLite schema as schema.cpp writes it
//   tilltro_schema_sql --dialect postgresql --migrate-from N
//                                              the steps from version N to N + 1
//
// Exit 0 with the script on stdout; 1 on bad usage; 2 when a statement has no PostgreSQL rule
// (the message names it).
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include "core/storage/dialect.h"
#include "core/storage/schema.h"

using namespace Qt::StringLiterals;
using namespace tilltro;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Prints Tilltro's schema as an SQL script."_s);
    parser.addHelpOption();
    const QCommandLineOption dialectOption(u"dialect"_s, u"sqlite or postgresql"_s, u"name"_s);
    const QCommandLineOption fromOption(
        u"migrate-from"_s, u"only the steps from this version to the next"_s, u"version"_s);
    parser.addOption(dialectOption);
    parser.addOption(fromOption);
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString dialectName = parser.value(dialectOption);
    int from = 0;
    if (parser.isSet(fromOption)) {
        bool ok = false;
        from = parser.value(fromOption).toInt(&ok);
        if (!ok || from < 1 || from >= schema::Version) {
            err << "--migrate-from takes a version from 1 to " << schema::Version - 1 << "\n";
            return 1;
        }
    }
    if (dialectName == u"sqlite"_s) {
        out << storage::dialect::sqlScript(from ? schema::migrationSteps(from)
                                                : schema::createStatements());
        return 0;
    }
    if (dialectName != u"postgresql"_s) {
        err << "--dialect must be sqlite or postgresql\n";
        return 1;
    }
    auto statements = from ? storage::dialect::postgresMigrationSteps(from)
                           : storage::dialect::postgresCreateStatements();
    if (!statements) {
        err << statements.errorMessage() << "\n";
        return 2;
    }
    out << "-- Tilltro schema version " << (from ? from + 1 : schema::Version)
        << " for PostgreSQL 15, made by tilltro_schema_sql.\n\n"
        << storage::dialect::sqlScript(statements.value());
    return 0;
}
