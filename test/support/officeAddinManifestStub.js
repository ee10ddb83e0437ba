// Stand-in for office-addin-manifest under Jest 30 (see jest.config.js). office-addin-mock reads only OfficeApp.
module.exports = {
  OfficeApp: {
    Excel: "excel",
    OneNote: "onenote",
    Outlook: "outlook",
    PowerPoint: "powerpoint",
    Project: "project",
    Word: "word",
  },
};
