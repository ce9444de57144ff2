import { apiErrorFrom } from "./errors";
import { addApiHeaders } from "./headers";
import { redirectToSignIn } from "./navigation";
import { refreshSession, refreshes, sessionGeneration } from "./refresh";

interface Answer {
  status: number;
  statusText: string;
  body: unknown;
}

function parse(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

async function send(
  method: string,
  url: string,
  formData: FormData,
  onProgress: (fraction: number) => void,
): Promise<Answer> {
  const headers = new Headers();
  await addApiHeaders(headers, method);
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(method, url);
    headers.forEach((value, name) => xhr.setRequestHeader(name, value));
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) {
        onProgress(event.loaded / event.total);
      }
    };
    xhr.onload = () =>
      resolve({
        status: xhr.status,
        statusText: xhr.statusText,
        body: parse(xhr.responseText),
      });
    xhr.onerror = () => reject(new TypeError("The upload failed."));
    xhr.onabort = () => reject(new TypeError("The upload was cancelled."));
    xhr.send(formData);
  });
}

/**
 * A multipart request (files) with its upload progress, from 0 to 1: the same
 * headers, refresh and retry as the typed client. Resolves with the JSON answer;
 * rejects with an ApiError (or a TypeError when the server cannot be reached).
 */
export async function upload(
  method: string,
  url: string,
  formData: FormData,
  onProgress: (fraction: number) => void,
): Promise<unknown> {
  const generation = sessionGeneration();
  let answer = await send(method, url, formData, onProgress);
  const path = new URL(url, window.location.href).pathname;
  if (answer.status === 401 && refreshes(path)) {
    if (await refreshSession(generation)) {
      answer = await send(method, url, formData, onProgress);
    } else {
      redirectToSignIn();
    }
  }
  if (answer.status >= 200 && answer.status < 300) {
    onProgress(1);
    return answer.body;
  }
  throw apiErrorFrom(answer.status, answer.statusText, answer.body);
}
