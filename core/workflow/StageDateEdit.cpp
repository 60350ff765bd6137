#include "StageDateEdit.h"

#include "util/Clock.h"
#include "util/UkFormat.h"

#include <QCoreApplication>

namespace redress {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(StageDateEdit)
};

// A step of a stage, with the words messages name it by.
struct Step
{
    QDate StageDates::*date;
    const char* name;
};

const Step steps[] = {
    {&StageDates::acknowledgedOn, QT_TRANSLATE_NOOP("StageDateEdit", "acknowledgement")},
    {&StageDates::statementAgreedOn, QT_TRANSLATE_NOOP("StageDateEdit", "statement agreed")},
    {&StageDates::reportReceivedOn, QT_TRANSLATE_NOOP("StageDateEdit", "report received")},
    {&StageDates::panelHeldOn, QT_TRANSLATE_NOOP("StageDateEdit", "panel")},
    {&StageDates::panelReportOn, QT_TRANSLATE_NOOP("StageDateEdit", "panel's report")},
    {&StageDates::respondedOn, QT_TRANSLATE_NOOP("StageDateEdit", "response")},
};

QString stepName(const Step& step)
{
    return Text::tr(step.name);
}

// Empty, or why `later` may not come before `earlier` on stage `number`.
QString outOfOrder(int number, const StageDates& dates, const Step& earlier, const Step& later)
{
    const QDate first = dates.*earlier.date;
    const QDate second = dates.*later.date;
    if (!first.isValid() || !second.isValid() || second >= first)
        return {};
    return Text::tr("Stage %1: the %2 date %3 is before the %4 date %5")
        .arg(number)
        .arg(stepName(later), ukDate(second), stepName(earlier), ukDate(first));
}

} // namespace

StageDates StageDates::of(const Stage& stage)
{
    return {stage.acknowledgedOn, stage.statementAgreedOn, stage.reportReceivedOn,
            stage.panelHeldOn,    stage.panelReportOn,     stage.respondedOn};
}

void StageDates::applyTo(Stage& stage) const
{
    stage.acknowledgedOn = acknowledgedOn;
    stage.statementAgreedOn = statementAgreedOn;
    stage.reportReceivedOn = reportReceivedOn;
    stage.panelHeldOn = panelHeldOn;
    stage.panelReportOn = panelReportOn;
    stage.respondedOn = respondedOn;
}

Result<Case> StageDateEdit::apply(const Case& before, int stageNumber, const StageDates& dates,
                                  const QString& reason)
{
    Case after = before;
    Stage* stage = nullptr;
    for (Stage& each : after.stages)
        if (each.number == stageNumber)
            stage = &each;
    if (!stage)
        return fail(Text::tr("%1 has no stage %2").arg(before.reference).arg(stageNumber));
    const StageDates recorded = StageDates::of(*stage);
    const QDate today = Clock::today();
    for (const Step& step : steps) {
        const QDate was = recorded.*step.date;
        const QDate now = dates.*step.date;
        if (!was.isValid() && now.isValid())
            return fail(Text::tr("Stage %1: the %2 is not recorded yet; record it with its "
                                 "action, which also moves the case on")
                            .arg(stageNumber)
                            .arg(stepName(step)));
        if (was.isValid() && !now.isValid())
            return fail(Text::tr("Stage %1: give the %2 date; a recorded date can be corrected "
                                 "but not removed")
                            .arg(stageNumber)
                            .arg(stepName(step)));
        if (!now.isValid())
            continue;
        if (stage->requestedOn.isValid() && now < stage->requestedOn)
            return fail(Text::tr("Stage %1: the %2 date %3 is before the stage was requested "
                                 "(%4)")
                            .arg(stageNumber)
                            .arg(stepName(step), ukDate(now), ukDate(stage->requestedOn)));
        if (now > today)
            return fail(Text::tr("Stage %1: the %2 date %3 is in the future")
                            .arg(stageNumber)
                            .arg(stepName(step), ukDate(now)));
    }
    const Step& acknowledged = steps[0];
    const Step& responded = steps[5];
    for (const auto& [earlier, later] :
         {std::pair{&acknowledged, &responded}, std::pair{&steps[1], &steps[2]},
          std::pair{&steps[3], &steps[4]}, std::pair{&steps[2], &responded},
          std::pair{&steps[4], &responded}})
        if (QString wrong = outOfOrder(stageNumber, dates, *earlier, *later); !wrong.isEmpty())
            return fail(wrong);
    if (dates == recorded)
        return fail(Text::tr("Stage %1: no date was changed").arg(stageNumber));
    if (reason.trimmed().isEmpty())
        return fail(
            Text::tr("Stage %1: give the reason for correcting its dates").arg(stageNumber));
    dates.applyTo(*stage);
    return after;
}

QString StageDateEdit::describe(int stageNumber, const QString& reason)
{
    return Text::tr("Stage %1 dates corrected. Reason: %2").arg(stageNumber).arg(reason.trimmed());
}

} // namespace redress
