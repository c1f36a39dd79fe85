"""Plan upload pages: upload a document, review what was read beside its text, correct, confirm.

Reads go through gem.ingest.selectors (a draft of a unit the user does not manage is a 404),
writes through gem.ingest.services; nothing here decides what a valid plan is.
"""

import functools

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponseForbidden
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from gem.core.errors import Conflict, GemError, NotFound, PermissionDenied, ValidationError
from gem.core.uploads import attachment_response
from gem.ingest import selectors, services
from gem.web.forms_ingest import DraftEditor, UploadForm
from gem.web.ingest_review import annotate_editor, open_warnings, review_items, source_segments


def draft_url(pk: int) -> str:
    return reverse("web:ingest_draft", args=[pk])


def one_line(exc: GemError) -> str:
    return " ".join(str(exc.message).split())


def draft_errors(view):
    """Service errors on a draft's pages: 404, 403, or a one-line message on the draft."""

    @functools.wraps(view)
    def wrapper(request, *args, pk: int, **kwargs):
        try:
            return view(request, *args, pk=pk, **kwargs)
        except NotFound as exc:
            raise Http404(str(exc)) from None
        except PermissionDenied as exc:
            return HttpResponseForbidden(str(exc))
        except GemError as exc:
            messages.error(request, " ".join(str(exc).split()))
            return redirect(draft_url(pk))

    return wrapper


def require_uploader(view):
    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        if not selectors.can_upload_plans(request.user):
            return HttpResponseForbidden(_("Only those who manage a unit's plans may do this."))
        return view(request, *args, **kwargs)

    return wrapper


@require_GET
@login_required
@require_uploader
def draft_list(request):
    closed = request.GET.get("all") == "1"
    drafts = selectors.draft_list_for_user(user=request.user, include_closed=closed)
    return render(request, "web/ingest/list.html", {"drafts": drafts, "show_all": closed})


@require_http_methods(["GET", "POST"])
@login_required
@require_uploader
def upload(request):
    form = UploadForm(request.POST or None, request.FILES or None, user=request.user)
    error = None
    if request.method == "POST":
        if getattr(request, "gem_rejected_uploads", None):
            limit = services.max_upload_bytes() / (1024 * 1024)
            error = _("The file is too large (at most %(limit)s MB).") % {"limit": f"{limit:g}"}
        elif form.is_valid():
            try:
                draft = services.draft_create(
                    upload=form.cleaned_data["file"],
                    org_unit=form.cleaned_data["org_unit"],
                    parent=form.cleaned_data["parent"],
                    actor=request.user,
                )
            except (ValidationError, PermissionDenied) as exc:
                error = one_line(exc)
            else:
                return redirect(draft_url(draft.pk))
    status = 400 if request.method == "POST" else 200
    return render(request, "web/ingest/upload.html", {"form": form, "error": error}, status=status)


def _page(draft) -> dict:
    segments, anchors = source_segments(draft.source_text, draft.evidence)
    return {"draft": draft, "segments": segments, "anchors": anchors}


@require_GET
@login_required
@draft_errors
def draft_detail(request, *, pk: int):
    draft = selectors.draft_get_for_user(pk=pk, user=request.user)
    context = _page(draft)
    context["items"] = review_items(draft, context["anchors"])
    return render(request, "web/ingest/review.html", context)


@require_http_methods(["GET", "POST"])
@login_required
@draft_errors
def draft_edit(request, *, pk: int):
    draft = selectors.draft_get_for_user(pk=pk, user=request.user)
    if not draft.is_editable:
        return redirect(draft_url(pk))
    editor = DraftEditor(request.POST or None, draft=draft)
    if request.method == "POST" and editor.is_valid():
        plan, origins = editor.result()
        try:
            services.draft_update(
                draft=draft,
                plan_data=plan,
                actor=request.user,
                origins=origins,
                reviewed=request.POST.getlist("reviewed"),
                version=editor.version(),
            )
        except Conflict as exc:
            editor.errors.append(one_line(exc))
        except ValidationError as exc:
            editor.add_format_error(exc.field, one_line(exc))
        else:
            messages.success(request, _("The corrections were saved."))
            return redirect(draft_url(pk))
    context = _page(draft)
    annotate_editor(editor, context["anchors"], open_warnings(draft))
    context["editor"] = editor
    status = 400 if request.method == "POST" else 200
    return render(request, "web/ingest/edit.html", context, status=status)


@require_POST
@login_required
@draft_errors
def draft_confirm(request, *, pk: int):
    draft = selectors.draft_get_for_user(pk=pk, user=request.user)
    plan = services.draft_confirm(draft=draft, actor=request.user)
    messages.success(request, _("The plan was created from the document."))
    return redirect("web:plan_detail", pk=plan.pk)


@require_POST
@login_required
@draft_errors
def draft_discard(request, *, pk: int):
    draft = selectors.draft_get_for_user(pk=pk, user=request.user)
    services.draft_discard(draft=draft, actor=request.user)
    messages.success(request, _("The draft was discarded."))
    return redirect("web:ingest_drafts")


@require_GET
@login_required
@draft_errors
def draft_file(request, *, pk: int):
    draft = selectors.draft_get_for_user(pk=pk, user=request.user)
    try:
        handle = draft.file.open("rb")
    except (OSError, ValueError):
        raise Http404("draft file") from None
    kind = draft.original_name.rsplit(".", 1)[-1].lower()
    return attachment_response(handle, filename=draft.original_name, kind=kind)
