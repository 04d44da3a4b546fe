// Swagger UI from the package's own copy (static/swagger/), pointed at this server's schema.
// validatorUrl: null, or Swagger UI would fetch a badge from swagger.io.
window.addEventListener("load", function () {
  window.ui = SwaggerUIBundle({
    url: "/openapi.json",
    dom_id: "#swagger-ui",
    deepLinking: true,
    validatorUrl: null,
    presets: [SwaggerUIBundle.presets.apis],
    layout: "BaseLayout",
  });
});
