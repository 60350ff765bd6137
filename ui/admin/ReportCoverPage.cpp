#include "ReportCoverPage.h"

#include "common/FileDialog.h"
#include "reporting/CouncilIdentity.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace redress {

ReportCoverPage::ReportCoverPage(Session& session, QWidget* parent)
    : AdminPage(session, QStringLiteral("reportCoverPage"), parent)
{
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("A printed or saved report opens with a cover giving the "
                                "council's name and logo, the report's title and period and the "
                                "day it was produced."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_name = named(new QLineEdit(this), QStringLiteral("councilName"), tr("Council's name"));
    m_name->setMaxLength(councilNameMostCharacters);
    m_name->setPlaceholderText(tr("For example: North East Lincolnshire Council"));
    auto* nameCaption = new QLabel(tr("Council's &name:"), this);
    nameCaption->setBuddy(m_name);
    form->addRow(nameCaption, m_name);

    m_logo = named(new QLabel(this), QStringLiteral("councilLogo"), tr("Council's logo"));
    m_logo->setMinimumSize(240, 90);
    m_logo->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    auto* choose = named(new QPushButton(tr("C&hoose logo…"), this),
                         QStringLiteral("chooseCouncilLogo"), tr("Choose logo"));
    m_removeLogo = named(new QPushButton(tr("Re&move logo"), this),
                         QStringLiteral("removeCouncilLogo"), tr("Remove logo"));
    auto* logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logo);
    logoRow->addWidget(choose);
    logoRow->addWidget(m_removeLogo);
    logoRow->addStretch();
    auto* logoCaption = new QLabel(tr("Logo:"), this);
    logoCaption->setBuddy(choose);
    form->addRow(logoCaption, logoRow);
    auto* hint = new QLabel(
        tr("A PNG, JPEG or SVG picture of at most %1 KB.").arg(councilLogoMostBytes / 1024), this);
    form->addRow(QString(), hint);
    layout->addLayout(form);

    auto* buttons = new QHBoxLayout;
    auto* save = named(new QPushButton(tr("&Save cover"), this), QStringLiteral("saveReportCover"),
                       tr("Save cover"));
    buttons->addWidget(save);
    buttons->addStretch();
    layout->addLayout(buttons);
    layout->addWidget(messageLine());
    layout->addStretch();

    connect(choose, &QPushButton::clicked, this, &ReportCoverPage::chooseLogo);
    connect(m_removeLogo, &QPushButton::clicked, this, &ReportCoverPage::removeLogo);
    connect(save, &QPushButton::clicked, this, &ReportCoverPage::save);
    load();
}

void ReportCoverPage::load()
{
    auto identity = reference().councilIdentity();
    if (!identity) {
        showError(identity.error());
        return;
    }
    m_name->setText(identity->name);
    m_logoBytes = identity->logo;
    showLogo();
}

void ReportCoverPage::showLogo()
{
    m_removeLogo->setEnabled(!m_logoBytes.isEmpty());
    if (m_logoBytes.isEmpty()) {
        m_logo->setPixmap({});
        m_logo->setText(tr("No logo"));
        return;
    }
    QBuffer buffer(&m_logoBytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    if (reader.size().isValid())
        reader.setScaledSize(reader.size().scaled(m_logo->minimumSize(), Qt::KeepAspectRatio));
    const QImage picture = reader.read();
    if (picture.isNull()) {
        m_logo->setPixmap({});
        m_logo->setText(tr("A logo this computer cannot show"));
        return;
    }
    m_logo->setPixmap(QPixmap::fromImage(picture));
}

void ReportCoverPage::chooseLogo()
{
    const QString path =
        FileDialog::openFileName(this, tr("Choose the council's logo"),
                                 QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
                                 tr("Pictures (*.png *.jpg *.jpeg *.svg)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showError(
            tr("%1 could not be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    const QByteArray bytes = file.read(councilLogoMostBytes + 1);
    if (auto format = councilLogoFormat(bytes, QDir::toNativeSeparators(path)); !format) {
        showError(format.error());
        return;
    }
    m_logoBytes = bytes;
    showLogo();
    showDone(tr("Save the cover to keep the new logo."));
}

void ReportCoverPage::removeLogo()
{
    m_logoBytes.clear();
    showLogo();
    showDone(tr("Save the cover to take the logo off it."));
}

void ReportCoverPage::save()
{
    if (!check(reference().saveCouncilIdentity({m_name->text(), m_logoBytes, {}})))
        return;
    showDone(tr("Report covers now show the council's name and logo as above."));
}

} // namespace redress
