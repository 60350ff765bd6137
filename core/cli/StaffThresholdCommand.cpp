#include "StaffThresholdCommand.h"

#include "session/Session.h"
#include "storage/ReferenceData.h"

namespace redress::cli {

StaffThresholdCommand::StaffThresholdCommand()
    : Command(QStringLiteral("settings staff-threshold"),
              tr("Show, or set (an administrator's change, audited), how many complaints in 12 "
                 "months naming one member of staff bring them to the leads' attention"))
{}

int StaffThresholdCommand::execute(const QStringList& arguments)
{
    QCommandLineParser parser;
    if (auto stop = parse(parser, arguments, {QStringLiteral("[N]")}))
        return *stop;
    std::optional<int> wanted;
    if (!parser.positionalArguments().isEmpty()) {
        bool ok = false;
        const QString typed = parser.positionalArguments().constFirst();
        const int number = typed.toInt(&ok);
        if (!ok || number < 1 || number > 99)
            return usageError(tr("\"%1\" is not a trigger point: give a number of complaints "
                                 "from 1 to 99")
                                  .arg(typed));
        wanted = number;
    }
    int code = ExitSuccess;
    auto session = openSession(parser, Database::Mode::MustExist, code);
    if (!session)
        return code;
    if (!wanted) {
        if (session->role() == Session::Role::Officer)
            return failure(tr("Only leads and administrators see the staff named in complaints "
                              "and their trigger point"));
        auto current = session->referenceData().staffNamedThreshold();
        if (!current)
            return failure(current.error());
        out() << tr("Trigger point for staff named in complaints: %n complaint(s) in 12 months",
                    nullptr, current.value())
              << Qt::endl;
        return ExitSuccess;
    }
    if (Status allowed =
            session->requireAdministrator(tr("the trigger point for staff named in complaints"));
        !allowed)
        return failure(allowed.error());
    ReferenceData reference = session->referenceData();
    if (Status saved = reference.saveStaffNamedThreshold(*wanted); !saved)
        return failure(saved.error());
    session->notifyReferenceDataChanged();
    out() << tr("Trigger point for staff named in complaints set to %n complaint(s) in 12 months",
                nullptr, *wanted)
          << Qt::endl;
    return ExitSuccess;
}

} // namespace redress::cli
