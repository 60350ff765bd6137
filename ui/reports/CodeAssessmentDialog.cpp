#include "CodeAssessmentDialog.h"

#include "common/DialogFit.h"
#include "domain/Period.h"
#include "reporting/CodeReportAssessment.h"
#include "session/Session.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace redress {

CodeAssessmentDialog::CodeAssessmentDialog(Session& session, int financialYear, QWidget* parent)
    : QDialog(parent), m_session(session), m_financialYear(financialYear)
{
    setObjectName(QStringLiteral("codeAssessmentDialog"));
    setWindowTitle(
        tr("Complaint Handling Code self-assessment, %1").arg(financialYearLabel(financialYear)));
    const bool canChange = CodeAssessmentStore::forSession(m_session).canChange();

    auto* page = new QWidget;
    auto* pageLayout = new QVBoxLayout(page);
    auto* intro = new QLabel(
        tr("For each requirement of the Ombudsman's Complaint Handling Code, say whether the "
           "council complies in %1, and why: the evidence, or what is being done about it. The "
           "Code annual report prints this with the governing body's response.")
            .arg(financialYearLabel(financialYear)),
        page);
    intro->setWordWrap(true);
    pageLayout->addWidget(intro);
    const QList<CodeItem> items = codeItems();
    for (const CodeSection& section : codeSections()) {
        auto* box = new QGroupBox(section.title, page);
        auto* grid = new QGridLayout(box);
        grid->setColumnStretch(0, 3);
        grid->setColumnStretch(2, 2);
        int row = 0;
        for (const CodeItem& item : items) {
            if (item.section != section.code)
                continue;
            auto* text = new QLabel(item.text, box);
            text->setWordWrap(true);
            auto* compliance = new QComboBox(box);
            compliance->setObjectName(u"compliance_" + item.code);
            compliance->setAccessibleName(tr("Assessment: %1").arg(item.text));
            compliance->addItem(tr("Not yet assessed"), QString());
            for (CodeCompliance value : codeCompliances())
                compliance->addItem(codeComplianceLabel(value), codeComplianceCode(value));
            text->setBuddy(compliance);
            auto* explanation = new QLineEdit(box);
            explanation->setObjectName(u"explanation_" + item.code);
            explanation->setAccessibleName(tr("Explanation: %1").arg(item.text));
            explanation->setPlaceholderText(tr("Why: the evidence, or what is being done"));
            compliance->setEnabled(canChange);
            explanation->setReadOnly(!canChange);
            grid->addWidget(text, row, 0);
            grid->addWidget(compliance, row, 1);
            grid->addWidget(explanation, row, 2);
            m_compliance.insert(item.code, compliance);
            m_explanation.insert(item.code, explanation);
            ++row;
        }
        pageLayout->addWidget(box);
    }
    auto* responseLabel = new QLabel(tr("The governing body's &response:"), page);
    m_response = new QPlainTextEdit(page);
    m_response->setObjectName(QStringLiteral("governingBodyResponse"));
    m_response->setAccessibleName(tr("The governing body's response"));
    m_response->setTabChangesFocus(true);
    m_response->setReadOnly(!canChange);
    m_response->setMinimumHeight(90);
    responseLabel->setBuddy(m_response);
    pageLayout->addWidget(responseLabel);
    pageLayout->addWidget(m_response);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scrollable(page, tr("Self-assessment")), 1);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("codeAssessmentError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #a00000;"));
    m_error->hide();
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(
        canChange ? QDialogButtonBox::Save | QDialogButtonBox::Cancel : QDialogButtonBox::Close,
        this);
    buttons->setObjectName(QStringLiteral("codeAssessmentButtons"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    load();
    fitToScreen(this, QSize(980, 720));
}

void CodeAssessmentDialog::load()
{
    auto stored = CodeAssessmentStore::forSession(m_session).load(m_financialYear);
    if (!stored) {
        m_error->setText(stored.error());
        m_error->show();
        return;
    }
    for (auto answer = stored->answers.constBegin(); answer != stored->answers.constEnd();
         ++answer) {
        if (QComboBox* compliance = m_compliance.value(answer.key()))
            compliance->setCurrentIndex(
                compliance->findData(codeComplianceCode(answer->compliance)));
        if (QLineEdit* explanation = m_explanation.value(answer.key()))
            explanation->setText(answer->explanation);
    }
    m_response->setPlainText(stored->governingBodyResponse);
}

CodeAssessment CodeAssessmentDialog::assessment() const
{
    CodeAssessment result;
    result.financialYear = m_financialYear;
    for (auto compliance = m_compliance.constBegin(); compliance != m_compliance.constEnd();
         ++compliance) {
        const std::optional<CodeCompliance> value =
            codeComplianceFromCode(compliance.value()->currentData().toString());
        const QString explanation = m_explanation.value(compliance.key())->text().trimmed();
        if (value)
            result.answers.insert(compliance.key(), {*value, explanation});
    }
    result.governingBodyResponse = m_response->toPlainText().trimmed();
    return result;
}

Status CodeAssessmentDialog::save()
{
    // Only answers are kept: an explanation of an item not yet assessed would be lost.
    for (auto explanation = m_explanation.constBegin(); explanation != m_explanation.constEnd();
         ++explanation)
        if (!explanation.value()->text().trimmed().isEmpty() &&
            m_compliance.value(explanation.key())->currentData().toString().isEmpty()) {
            const auto item = codeItem(explanation.key());
            m_error->setText(tr("Choose whether the council complies with \"%1\" before "
                                "explaining it. Nothing was saved.")
                                 .arg(item ? item->text : explanation.key()));
            m_error->show();
            m_compliance.value(explanation.key())->setFocus();
            return fail(m_error->text());
        }
    const Status saved = CodeAssessmentStore::forSession(m_session).save(assessment());
    m_error->setVisible(!saved);
    if (!saved)
        m_error->setText(saved.error());
    return saved;
}

} // namespace redress
