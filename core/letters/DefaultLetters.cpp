#include "DefaultLetters.h"

namespace redress::letters {

namespace {

QStringList opening(const QString& addressee)
{
    return {addressee + QStringLiteral("\n{{complainant.address}}"), QStringLiteral("{{today}}"),
            DefaultLetters::tr("Our reference: {{case.reference}}"),
            DefaultLetters::tr("Dear %1,").arg(addressee)};
}

QStringList signOff()
{
    return {DefaultLetters::tr("Yours sincerely,"),
            DefaultLetters::tr("{{officer.name}}\nComplaints officer")};
}

} // namespace

QList<DefaultLetter> DefaultLetters::all()
{
    const QString complainant = QStringLiteral("{{complainant.name}}");
    const QString youngPerson = QStringLiteral("{{child.firstName}}");
    return {
        {QStringLiteral("acknowledgement"), tr("Acknowledgement"),
         opening(complainant) +
             QStringList{
                 tr("# Your complaint"),
                 tr("Thank you for your complaint, which we received on {{case.received}}. We "
                    "have recorded it under the reference {{case.reference}}; please quote it "
                    "if you contact us."),
                 tr("Your complaint is about: {{case.summary}}"),
                 tr("We will look into it and send you a full response by {{stage.due}}. If we "
                    "need more time we will tell you why, and the new date, before then."),
                 tr("If you have any questions in the meantime, please contact me.")} +
             signOff()},
        {QStringLiteral("extension"), tr("Extension of the response date"),
         opening(complainant) +
             QStringList{
                 tr("# More time to respond to your complaint"),
                 tr("We told you that we would respond to your complaint by {{stage.due}}. We "
                    "need more time to do this properly: {{stage.extensionReason}}"),
                 tr("We will now send you our response by {{stage.extendedDue}}."),
                 tr("I am sorry for the delay. If you would like to talk about this, please "
                    "contact me. You can also contact the Local Government and Social Care "
                    "Ombudsman (www.lgo.org.uk, 0300 061 0614) if you are unhappy with how "
                    "long this is taking.")} +
             signOff()},
        {QStringLiteral("stage1-response"), tr("Stage 1 response"),
         opening(complainant) +
             QStringList{tr("# Our response to your complaint"),
                         tr("This is our response to the complaint you made on {{case.received}}, "
                            "reference {{case.reference}}. {{stage.manager}} has looked into it."),
                         tr("What we found about each part of your complaint:"),
                         QStringLiteral("{{points.findings}}"),
                         tr("Overall, your complaint was: {{stage.outcome}}."),
                         tr("What we will do to put things right:"), QStringLiteral("{{remedies}}"),
                         tr("# If you are not satisfied"), QStringLiteral("{{rights.next}}")} +
             signOff()},
        {QStringLiteral("stage2-response"), tr("Stage 2 response"),
         opening(complainant) +
             QStringList{
                 tr("# The independent investigation of your complaint"),
                 tr("Your complaint, reference {{case.reference}}, has been investigated at "
                    "stage 2 of the complaints procedure. This letter gives the council's "
                    "response to the investigation, from {{stage.manager}}."),
                 tr("What the investigation found about each part of your complaint:"),
                 QStringLiteral("{{points.findings}}"),
                 tr("Overall, your complaint was: {{stage.outcome}}."),
                 tr("What we will do to put things right:"), QStringLiteral("{{remedies}}"),
                 tr("# If you are not satisfied"), QStringLiteral("{{rights.next}}")} +
             signOff()},
        {QStringLiteral("panel-outcome"), tr("Review panel outcome"),
         opening(complainant) +
             QStringList{tr("# The review panel's outcome"),
                         tr("The review panel considered your complaint, reference "
                            "{{case.reference}}. This letter gives the council's response to "
                            "the panel's recommendations, from {{stage.manager}}."),
                         tr("What the panel found about each part of your complaint:"),
                         QStringLiteral("{{points.findings}}"),
                         tr("Overall, your complaint was: {{stage.outcome}}."),
                         tr("What we will do to put things right:"), QStringLiteral("{{remedies}}"),
                         tr("# If you are still not satisfied"),
                         QStringLiteral("{{rights.next}}")} +
             signOff()},
        {QStringLiteral("acknowledgement-young-person"), tr("Acknowledgement (young person)"),
         opening(youngPerson) +
             QStringList{tr("# We have got your complaint"),
                         tr("Thank you for telling us you are unhappy. We got your complaint on "
                            "{{case.received}}. Its number is {{case.reference}}."),
                         tr("We are going to look into it. We will write to you again by "
                            "{{stage.due}} to tell you what we found."),
                         tr("You can have an advocate to help you: someone who is on your side and "
                            "can help you say what you think. Ask me and I will arrange one."),
                         tr("If you have questions, you can contact me at any time.")} +
             signOff()},
        {QStringLiteral("stage1-response-young-person"), tr("Stage 1 response (young person)"),
         opening(youngPerson) +
             QStringList{tr("# What we found"),
                         tr("Thank you for your complaint, number {{case.reference}}. "
                            "{{stage.manager}} has looked into it."),
                         tr("Here is what we found about each thing you told us:"),
                         QStringLiteral("{{points.findings}}"), tr("What we are going to do:"),
                         QStringLiteral("{{remedies}}"), tr("# If you are still unhappy"),
                         tr("That is OK, and you can tell us. {{rights.next}}"),
                         tr("An advocate can help you do this. Ask me and I will arrange one.")} +
             signOff()},
    };
}

} // namespace redress::letters
