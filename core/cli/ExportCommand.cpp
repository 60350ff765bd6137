#include "ExportCommand.h"

#include "export/CaseExporter.h"

#include <QDir>
#include <QFileInfo>

namespace redress::cli {

ExportCommand::ExportCommand()
    : Command(QStringLiteral("export cases"),
              tr("Export every field of the cases received in a period to CSV or XLSX"))
{}

int ExportCommand::execute(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption fromOption(QStringLiteral("from"),
                                        tr("Cases received on or after this date."),
                                        QStringLiteral("date"));
    const QCommandLineOption toOption(
        QStringLiteral("to"), tr("Cases received on or before this date."), QStringLiteral("date"));
    const QCommandLineOption formatOption(QStringLiteral("format"), tr("csv or xlsx."),
                                          QStringLiteral("format"));
    const QCommandLineOption outOption(QStringLiteral("out"), tr("The file to write."),
                                       QStringLiteral("file"));
    const QCommandLineOption forceOption(QStringLiteral("force"),
                                         tr("Replace the file if it exists already."));
    parser.addOptions({fromOption, toOption, formatOption, outOption, forceOption});
    if (auto stop = parse(parser, arguments))
        return *stop;
    QDate from;
    QDate to;
    if (parser.isSet(fromOption)) {
        auto date = parseDate(parser.value(fromOption));
        if (!date)
            return usageError(date.error());
        from = date.value();
    }
    if (parser.isSet(toOption)) {
        auto date = parseDate(parser.value(toOption));
        if (!date)
            return usageError(date.error());
        to = date.value();
    }
    const QString format = parser.value(formatOption).toLower();
    if (format != u"csv" && format != u"xlsx")
        return usageError(tr("Give --format csv or --format xlsx"));
    if (parser.value(outOption).trimmed().isEmpty())
        return usageError(tr("Name the file to write with --out FILE"));
    const QString target = QFileInfo(parser.value(outOption)).absoluteFilePath();
    const bool overwrite = parser.isSet(forceOption);
    if (Status allowed = safeoutput::checkTarget(target, outputRules(parser, overwrite)); !allowed)
        return failure(allowed.error());

    int code = ExitSuccess;
    auto session = openSession(parser, Database::Mode::MustExist, code);
    if (!session)
        return code;
    qint64 count = 0;
    const Status written =
        safeoutput::writeThrough(target, overwrite, [&](const QString& path) -> Status {
            auto exported = session->exportCases(path,
                                                 format == u"csv" ? exporting::ExportFormat::Csv
                                                                  : exporting::ExportFormat::Xlsx,
                                                 from, to);
            if (!exported)
                return Error{exported.error()};
            count = exported.value();
            return {};
        });
    if (!written)
        return failure(written.error());
    out() << tr("Exported %1 cases to %2").arg(count).arg(QDir::toNativeSeparators(target))
          << Qt::endl;
    return ExitSuccess;
}

} // namespace redress::cli
