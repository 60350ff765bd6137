#include "ImportWizard.h"

#include "importing/FilePage.h"
#include "importing/ImportPage.h"
#include "importing/MappingPage.h"
#include "importing/SheetPage.h"
#include "importing/ValidationPage.h"
#include "session/Session.h"

#include <QAbstractButton>
#include <utility>

namespace redress {

ImportWizard::ImportWizard(Session& session, QWidget* parent) : QWizard(parent)
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import a spreadsheet log"));
    setAccessibleName(tr("Import a spreadsheet log"));
    m_session.application = &session;
    m_mapping = new MappingPage(m_session, this);
    m_validation = new ValidationPage(m_session, this);
    m_import = new ImportPage(m_session, this);
    setPage(FileStep, new FilePage(m_session, this));
    setPage(SheetStep, new SheetPage(m_session, this));
    setPage(MappingStep, m_mapping);
    setPage(ValidationStep, m_validation);
    setPage(ImportStep, m_import);
    setOption(QWizard::NoBackButtonOnLastPage, false);
    for (auto [which, name] : {std::pair{QWizard::NextButton, "importNext"},
                               std::pair{QWizard::BackButton, "importBack"},
                               std::pair{QWizard::FinishButton, "importFinish"},
                               std::pair{QWizard::CancelButton, "importCancel"}})
        button(which)->setObjectName(QString::fromLatin1(name));
    resize(900, 640);

    connect(m_validation, &ValidationPage::mapValueRequested, this,
            [this](const QString& field, const QString& value) {
                back();
                m_mapping->selectValue(field, value);
            });
    connect(m_import, &ImportPage::casesImported, this, &ImportWizard::casesImported);
}

ImportWizard::~ImportWizard() = default;

} // namespace redress
