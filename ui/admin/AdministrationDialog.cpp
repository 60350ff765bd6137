#include "AdministrationDialog.h"

#include "admin/CalendarPage.h"
#include "admin/KindsPage.h"
#include "admin/LettersPage.h"
#include "admin/ListsPage.h"
#include "admin/OrgUnitsPage.h"
#include "admin/ReportCoverPage.h"
#include "admin/RetentionPage.h"
#include "admin/TimescalesPage.h"
#include "admin/UsersPage.h"
#include "admin/YearFiguresPage.h"

#include <QDialogButtonBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace redress {

AdministrationDialog::AdministrationDialog(Session& session, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("administrationDialog"));
    setWindowTitle(tr("Administration"));
    auto* layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("administrationTabs"));
    m_tabs->setAccessibleName(tr("Administration"));
    m_tabs->addTab(new OrgUnitsPage(session, m_tabs), tr("Service areas and teams"));
    m_tabs->addTab(new ListsPage(session, m_tabs), tr("Lists"));
    m_tabs->addTab(new KindsPage(session, m_tabs), tr("Kinds"));
    m_tabs->addTab(new TimescalesPage(session, m_tabs), tr("Timescales"));
    m_tabs->addTab(new CalendarPage(session, m_tabs), tr("Calendar"));
    m_tabs->addTab(new UsersPage(session, m_tabs), tr("Users"));
    m_tabs->addTab(new YearFiguresPage(session, m_tabs), tr("Year figures"));
    m_tabs->addTab(new ReportCoverPage(session, m_tabs), tr("Report cover"));
    m_tabs->addTab(new RetentionPage(session, m_tabs), tr("Retention"));
    m_tabs->addTab(new LettersPage(session, m_tabs), tr("Letters and documents"));
    layout->addWidget(m_tabs);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (auto* page = qobject_cast<AdminPage*>(m_tabs->widget(index)))
            page->refreshChoices();
    });

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("buttons"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(820, 560);
}

AdministrationDialog::~AdministrationDialog() = default;

} // namespace redress
